package org.briefingreader.quality;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which a found title or heading is compared with the expected one, so that typography the reader does
 * not see as a difference does not count as a miss.
 *
 * <p>In this order: Unicode NFKC (so a non-breaking space becomes a space and "ﬁ" becomes "fi"); curly single quotes
 * and primes (U+2018, U+2019, U+201A, U+201B, U+2032) become {@code '}; curly double quotes and double primes
 * (U+201C, U+201D, U+201E, U+201F, U+2033, U+00AB, U+00BB) become {@code "}; hyphens and dashes (U+2010 to U+2015,
 * U+2212) become {@code -}; zero-width characters (U+200B to U+200D, U+FEFF) are dropped; every run of white space
 * becomes one space and the ends are trimmed; then case is folded (upper-cased, then lower-cased, in the root
 * locale, so "ß" and "SS" meet). Nothing else changes: punctuation, a trailing colon or a numbering such as "1."
 * still count.
 */
public final class Normalised {
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B-\u200D\uFEFF]");
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Normalised() {
    }

    /** {@code text} in its compared form, e.g. {@code "  The  “Big” Picture—Now "} gives {@code the "big" picture-now}. */
    public static String text(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = ZERO_WIDTH.matcher(s).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ").trim();
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** True when both texts are equal in their compared form. */
    public static boolean same(String a, String b) {
        return text(a).equals(text(b));
    }
}
