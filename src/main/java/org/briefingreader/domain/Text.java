package org.briefingreader.domain;

import java.util.regex.Pattern;

/** Whitespace rules shared by importers and matchers. */
public final class Text {
    /** Every Unicode space, including U+00A0 and the other fixed-width spaces that strip() leaves. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private Text() {
    }

    /** Runs of any whitespace (U+00A0 included) become one space; leading and trailing ones go. */
    public static String normaliseSpace(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** True when the text has nothing but whitespace of any kind. */
    public static boolean isBlank(String text) {
        return normaliseSpace(text).isEmpty();
    }
}
