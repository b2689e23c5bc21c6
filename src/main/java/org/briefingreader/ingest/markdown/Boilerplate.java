package org.briefingreader.ingest.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The data-driven list of boilerplate phrases that web clips carry: lines to drop and lines that start a footer.
 *
 * <p>Read from {@code boilerplate.txt} beside this class (one {@code drop: REGEX} or {@code end: REGEX} rule a
 * line, {@code #} comments), so a new site's furniture is a line of data, not code. A line such as
 * {@code "Hide Overview"} matches {@code drop: ^Hide Overview$}; a block opening {@code "Disclaimer: These
 * documents..."} matches {@code end: ^Disclaimer:}.
 */
final class Boilerplate {
    private static final String RESOURCE = "boilerplate.txt";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Pattern> drops;
    private final List<Pattern> ends;

    Boilerplate(List<Pattern> drops, List<Pattern> ends) {
        this.drops = List.copyOf(drops);
        this.ends = List.copyOf(ends);
    }

    /** The list shipped with the importer. */
    static Boilerplate defaults() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "missing resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads rules in the {@code boilerplate.txt} format; a bad line fails with its number. */
    static Boilerplate parse(String rules) {
        List<Pattern> drops = new ArrayList<>();
        List<Pattern> ends = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(rules))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                int colon = rule.indexOf(':');
                String kind = colon < 0 ? "" : rule.substring(0, colon).strip();
                List<Pattern> target = switch (kind) {
                    case "drop" -> drops;
                    case "end" -> ends;
                    default -> throw new IllegalArgumentException(
                            RESOURCE + " line " + number + ": expected \"drop: REGEX\" or \"end: REGEX\"");
                };
                try {
                    target.add(Pattern.compile(rule.substring(colon + 1).strip(), FLAGS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number + ": " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Boilerplate(drops, ends);
    }

    /** True when a line of plain text is boilerplate to drop. */
    boolean drops(String text) {
        return drops.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** True when a block whose first line is {@code text} starts the footer. */
    boolean endsArticle(String text) {
        return ends.stream().anyMatch(p -> p.matcher(text).find());
    }
}
