package org.briefingreader.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a bulleted line and gives its text without the marker.
 *
 * <p>{@code "  • Russia will maintain its outreach."} gives {@code "Russia will maintain its outreach."}.
 * Markers: {@code • ◦ ‣ ▪ ● ·} (space after optional) and {@code - * –} (a space after required, so that
 * {@code "-5 degrees"} and {@code "*emphasis*"} stay text). Leading spaces, U+00A0 included, are allowed.
 */
public final class BulletLine {
    private static final Pattern BULLET = Pattern.compile(
            "^[\\s\\p{Z}]*(?:[•◦‣▪●·]|[-*–](?=[\\s\\p{Z}]))[\\s\\p{Z}]*(.*)$", Pattern.DOTALL);

    private BulletLine() {
    }

    /** The line's text after its bullet marker, or empty when the line is not a bullet. */
    public static Optional<String> item(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
