package org.briefingreader.domain;

import java.util.regex.Pattern;

/** Whitespace rules shared by importers and matchers. */
public final class Text {
    /** Every Unicode space, including U+00A0 and the other fixed-width spaces that strip() leaves. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Zero-width characters that only hint at a break or join: they vanish rather than become a space. */
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

    private Text() {
    }

    /**
     * Runs of any whitespace (U+00A0 included) become one space; leading and trailing ones go; zero-width
     * spaces and joiners are removed ({@code "foo\u200Bbar"} stays one word).
     */
    public static String normaliseSpace(String text) {
        String visible = ZERO_WIDTH.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** True when the text has nothing but whitespace of any kind. */
    public static boolean isBlank(String text) {
        return normaliseSpace(text).isEmpty();
    }
}
