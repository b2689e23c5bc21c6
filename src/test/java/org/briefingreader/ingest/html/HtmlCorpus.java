package org.briefingreader.ingest.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.quality.ShingleOverlap;
import org.jsoup.Jsoup;

/** The readability-dev and brookings-html pages beside the checkout, and how an import of one is scored. */
final class HtmlCorpus {
    static final Path READABILITY = Path.of("../shared/corpus/readability-dev/test-pages");
    static final Path BROOKINGS = Path.of("../shared/corpus/brookings-html/html");

    private HtmlCorpus() {
    }

    /** The readability-dev page folders, sorted by name; empty when the corpus is absent. */
    static List<Path> readabilityPages() {
        return list(READABILITY, Files::isDirectory);
    }

    static List<Path> brookingsPages() {
        return list(BROOKINGS, p -> p.toString().endsWith(".html"));
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> keep) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mozilla Readability says the page has no article worth reading ({@code "readerable": false}). */
    static boolean readerable(Path pageDir) {
        return !read(pageDir.resolve("expected-metadata.json")).contains("\"readerable\": false");
    }

    /** The text of the body Readability extracted, as jsoup gives it. */
    static String expectedText(Path pageDir) {
        return Jsoup.parse(read(pageDir.resolve("expected.html"))).text();
    }

    /** The body of an imported briefing as text: captions, lede, each section's heading and paragraphs. */
    static String bodyText(Briefing briefing) {
        List<String> parts = new ArrayList<>();
        briefing.captions().forEach(p -> parts.add(p.text()));
        briefing.lede().forEach(p -> parts.add(p.text()));
        for (Section section : briefing.sections()) {
            parts.add(section.heading());
            section.paragraphs().stream().map(Paragraph::text).forEach(parts::add);
        }
        return String.join("\n", parts);
    }

    /** The score of one page imported with {@code parser}; a refused page scores as an empty extraction. */
    static ShingleOverlap score(HtmlBriefingParser parser, Path pageDir) {
        String extracted;
        try {
            extracted = bodyText(parser.parse(pageDir.resolve("source.html")).briefing());
        } catch (BriefingInputException e) {
            extracted = "";
        }
        return ShingleOverlap.of(extracted, expectedText(pageDir));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
