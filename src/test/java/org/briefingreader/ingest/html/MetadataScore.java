package org.briefingreader.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores {@link PageMetadataReader} against Mozilla Readability's {@code expected-metadata.json} files.
 *
 * <p>Titles and bylines are compared after {@link #fold}: whitespace collapsed, lower-cased, curly single and
 * double quotes made straight; bylines also lose a leading "By"/"Par". A date is right when it is the same
 * instant as an expected time with a zone, the same local date-time as one without a zone, or the same day as
 * an expected date; a page with no expected date is right when none is found, and a date found there anyway
 * is counted apart as "extra" (Readability reads fewer sources than the reader does).
 */
final class MetadataScore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page's outcome. */
    record Page(String name, PageMetadata found, Optional<String> title, Optional<String> byline,
            Optional<String> published) {
        boolean titleRight() {
            return fold(found.title().orElse("")).equals(fold(title.orElse("")));
        }

        boolean bylineRight() {
            return foldByline(found.byline().orElse("")).equals(foldByline(byline.orElse("")));
        }

        boolean dateRight() {
            if (published.isEmpty()) {
                return found.published().isEmpty();
            }
            return found.published().map(f -> sameTime(published.get(), f)).orElse(false);
        }

        boolean dateExtra() {
            return published.isEmpty() && found.published().isPresent();
        }
    }

    /** The pages' results over a readability-style folder of {@code <name>/source.html} pages. */
    static List<Page> score(Path testPages) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(testPages)) {
            for (Path dir : dirs.sorted().toList()) {
                Path source = dir.resolve("source.html");
                Path expected = dir.resolve("expected-metadata.json");
                if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) {
                    continue;
                }
                Document page = Jsoup.parse(source.toFile(), StandardCharsets.UTF_8.name());
                JsonNode want = JSON.readTree(Files.readString(expected, StandardCharsets.UTF_8));
                pages.add(new Page(dir.getFileName().toString(), PageMetadataReader.read(page), text(want, "title"),
                        text(want, "byline"), text(want, "publishedTime")));
            }
        }
        return pages;
    }

    static String fold(String text) {
        return MetaText.clean(text).toLowerCase(Locale.ROOT).replaceAll("[‘’‚‛′`]", "'")
                .replaceAll("[“”„‟″]", "\"");
    }

    static String foldByline(String text) {
        return fold(text).replaceFirst("^(?:by|par)\\s+", "");
    }

    static boolean sameTime(String expected, ZonedDateTime found) {
        String iso = expected.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant().equals(found.toInstant());
        } catch (DateTimeParseException notZoned) {
            try {
                return LocalDateTime.parse(iso).equals(found.toLocalDateTime());
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))).equals(found.toLocalDate());
            }
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** A report of the figures and every miss, one line per miss. */
    static String report(List<Page> pages) {
        StringBuilder out = new StringBuilder();
        long titles = pages.stream().filter(Page::titleRight).count();
        long bylines = pages.stream().filter(Page::bylineRight).count();
        long dates = pages.stream().filter(Page::dateRight).count();
        long extras = pages.stream().filter(Page::dateExtra).count();
        List<Page> dated = pages.stream().filter(p -> p.published().isPresent()).toList();
        long datedRight = dated.stream().filter(Page::dateRight).count();
        out.append(String.format(Locale.ROOT, "pages %d; title %d (%.1f%%); byline %d (%.1f%%); date %d (%.1f%%),"
                + " misses that are extra dates %d; date where expected has one %d of %d%n", pages.size(), titles,
                100.0 * titles / pages.size(), bylines, 100.0 * bylines / pages.size(), dates,
                100.0 * dates / pages.size(), extras, datedRight, dated.size()));
        for (Page p : pages) {
            if (!p.titleRight()) {
                out.append("TITLE  ").append(p.name()).append(": got [").append(p.found().title().orElse(""))
                        .append("] want [").append(p.title().orElse("")).append("]\n");
            }
            if (!p.bylineRight()) {
                out.append("BYLINE ").append(p.name()).append(": got [").append(p.found().byline().orElse(""))
                        .append("] want [").append(p.byline().orElse("")).append("]\n");
            }
            if (!p.dateRight()) {
                out.append("DATE   ").append(p.name()).append(": got [")
                        .append(p.found().published().map(Object::toString).orElse("")).append("] want [")
                        .append(p.published().orElse("")).append("]\n");
            }
        }
        return out.toString();
    }
}
