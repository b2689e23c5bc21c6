package org.briefingreader.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected values of a CRS web clip ({@code crs-dev/**.md}). Where a hand label exists ({@link HandLabel}, corpus
 * {@code crs-dev}) it gives all of them. Otherwise: title = the text of the first line's {@code # } heading (or a
 * {@code **Title:**} value), date = the first {@code **Publication Date:**} value (MM/DD/YYYY, in the metadata block
 * or the overview table), headings = the entries of the {@code # Contents} link list (up to the next {@code # }
 * heading); a file without a Contents list and without a label has its headings unscored.
 */
public final class CrsExpectations {
    static final String CORPUS = "crs-dev";
    private static final Pattern TITLE_FIELD = Pattern.compile("^\\*\\*Title:\\*\\*\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern DATE_FIELD = Pattern.compile(
            "\\*\\*Publication Date:\\*\\*\\s*\\|?\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^\\s*[-*+]\\s+\\[(.+)]\\([^)]*\\)\\s*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private CrsExpectations() {
    }

    /** The expected values for {@code clip}. */
    public static Expected read(Path clip) throws IOException {
        Optional<HandLabel> label = HandLabel.find(CORPUS, clip);
        if (label.isPresent()) {
            HandLabel l = label.get();
            return new Expected(Optional.of(l.title()), l.date(), Optional.of(l.headings()), Optional.empty(), "hand label");
        }
        String text = Files.readString(clip, StandardCharsets.UTF_8);
        Optional<List<String>> contents = contents(text);
        return new Expected(Optional.of(title(text)), date(text), contents, Optional.empty(),
                contents.isPresent() ? "metadata block + # Contents" : "metadata block (headings unlabelled)");
    }

    static String title(String text) {
        Matcher field = TITLE_FIELD.matcher(text);
        if (field.find()) {
            return field.group(1).trim();
        }
        String first = text.lines().findFirst().orElse("");
        return first.startsWith("# ") ? first.substring(2).trim() : "";
    }

    static Optional<ExpectedDate> date(String text) {
        Matcher m = DATE_FIELD.matcher(text);
        return m.find() ? Optional.of(ExpectedDate.parse(m.group(1))) : Optional.empty();
    }

    /** The Contents list's entries, or empty when the clip has no {@code # Contents}. */
    static Optional<List<String>> contents(String text) {
        List<String> entries = null;
        for (String line : text.split("\\R")) {
            if (entries == null) {
                if (line.trim().equals("# Contents")) {
                    entries = new ArrayList<>();
                }
            } else if (line.startsWith("# ")) {
                break;
            } else {
                Matcher m = CONTENTS_ENTRY.matcher(line);
                if (m.matches()) {
                    entries.add(ESCAPE.matcher(m.group(1)).replaceAll("$1").trim());
                }
            }
        }
        return Optional.ofNullable(entries);
    }
}
