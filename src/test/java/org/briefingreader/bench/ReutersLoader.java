package org.briefingreader.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Text;

/**
 * Reads the Reuters-21578 SGML files as briefings, for the benchmark only (the product has no SGML importer).
 *
 * <p>One {@code <REUTERS NEWID="1">} element with {@code <DATE>26-FEB-1987 15:01:01.79</DATE>},
 * {@code <TITLE>BAHIA COCOA REVIEW</TITLE>} and a {@code <BODY>} gives the briefing {@code reuters-1}: that title,
 * published 1987-02-26T15:01:01Z, source "Reuters", and one lede paragraph per paragraph of the body. The wire
 * text is hard-wrapped and has no blank lines; a paragraph starts at a line indented by spaces, so the body is
 * split there and each paragraph's lines are joined. The closing "Reuter" sign-off is dropped. Elements without
 * a {@code TITLE} (the {@code TYPE="UNPROC"} tables) are skipped; {@code TYPE="BRIEF"} ones are a title only.
 */
final class ReutersLoader {
    static final String SOURCE = "Reuters";

    private static final Pattern ELEMENT = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4} \\d{2}:\\d{2}:\\d{2})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    /** A new paragraph: a line break followed by indentation. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n(?=[ \\t])");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#\\d+;");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)reuters?");
    /** "26-FEB-1987 15:01:01": month names in capitals, hence case-insensitive. */
    private static final DateTimeFormatter WIRE_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH);

    /** Counts of what was read, for the report. */
    record Result(List<Briefing> briefings, int elements, int skippedUntitled, int titleOnly) {
    }

    private ReutersLoader() {
    }

    /** Every titled story of every {@code reut2-*.sgm} in {@code dir}, in file and element order. */
    static Result load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        List<Briefing> briefings = new ArrayList<>();
        int elements = 0;
        int untitled = 0;
        int titleOnly = 0;
        for (Path file : files) {
            // One byte in reut2-017 is not ASCII; Latin-1 reads every byte as some character.
            String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
            Matcher element = ELEMENT.matcher(sgml);
            while (element.find()) {
                elements++;
                Optional<Briefing> briefing = briefing(element.group(1), element.group(2));
                if (briefing.isEmpty()) {
                    untitled++;
                } else {
                    briefings.add(briefing.get());
                    if (briefing.get().lede().isEmpty()) {
                        titleOnly++;
                    }
                }
            }
        }
        return new Result(briefings, elements, untitled, titleOnly);
    }

    private static Optional<Briefing> briefing(String newId, String element) {
        Matcher title = TITLE.matcher(element);
        if (!title.find()) {
            return Optional.empty();
        }
        String titleText = Text.normaliseSpace(decode(title.group(1)));
        if (titleText.isEmpty()) {
            return Optional.empty();
        }
        List<Paragraph> lede = new ArrayList<>();
        Matcher body = BODY.matcher(element);
        if (body.find()) {
            for (String raw : PARAGRAPH_BREAK.split(decode(body.group(1)))) {
                String text = Text.normaliseSpace(raw);
                if (!text.isEmpty() && !SIGN_OFF.matcher(text).matches()) {
                    lede.add(new Paragraph("lede.p" + (lede.size() + 1), text));
                }
            }
        }
        return Optional.of(new Briefing("reuters-" + newId, titleText, Optional.empty(), Optional.of(SOURCE),
                published(element), Optional.empty(), Optional.empty(), List.of(), List.of(), lede, List.of(),
                "reut2.sgm#" + newId, "sha256:reuters-" + newId, Optional.empty()));
    }

    private static Optional<ZonedDateTime> published(String element) {
        Matcher date = DATE.matcher(element);
        if (!date.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(date.group(1), WIRE_DATE).atZone(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The three named entities the files use; numeric ones are wire control characters and go. */
    private static String decode(String sgml) {
        return NUMERIC_ENTITY.matcher(sgml).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
