package org.briefingreader.domain.annotation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category an annotation can be filed under, with the colour its highlight is painted in. Names compare
 * case-insensitively ({@link #key()}); the user can add, rename and recolour them (stored in the library).
 *
 * @param name   shown as written, 1-40 characters
 * @param colour {@code #rrggbb}
 */
public record Category(String name, String colour) {
    public static final int MAX_NAME_LENGTH = 40;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** What a new library starts with: a reading of the analyst's usual marks, colour-blind-distinguishable. */
    public static final List<Category> DEFAULTS = List.of(
            new Category("key judgement", "#f2c14e"),
            new Category("evidence", "#5fb37c"),
            new Category("question", "#4f9fd8"),
            new Category("disagree", "#e06c5f"));

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a category name has 1 to " + MAX_NAME_LENGTH + " characters: '"
                    + name + "'");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("category colour must be #rrggbb, got '" + colour + "'");
        }
        colour = colour.toLowerCase(Locale.ROOT);
    }

    /** The name as compared: lower case, single spaces. */
    public String key() {
        return keyOf(name);
    }

    public static String keyOf(String name) {
        return FoldedText.fold(name).toLowerCase(Locale.ROOT);
    }
}
