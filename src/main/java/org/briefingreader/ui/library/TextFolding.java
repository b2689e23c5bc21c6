package org.briefingreader.ui.library;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for the library filter so that "cote", "Côte" and "CÔTE" meet: accents stripped (NFD, then the
 * combining marks dropped), lower case in {@link Locale#ROOT}, typographic quotes made plain.
 */
final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    /** The folded form of {@code text}; cheap enough per keystroke, but meant to be computed once per entry. */
    static String fold(String text) {
        String plain = text
                // Headlines use curly apostrophes while people type straight ones: "Tokyo’s" must match "tokyo's".
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00a0', ' ');
        if (isAscii(plain)) {
            // Most English headlines are plain ASCII: skip decomposition, about half the cost of a listing.
            return plain.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a filter as typed; none for {@code null} or blank text. */
    static List<String> words(String filter) {
        String text = filter == null ? "" : fold(filter).strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
