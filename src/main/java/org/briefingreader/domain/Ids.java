package org.briefingreader.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes and checks identifiers: briefing ids are safe file names on every OS ({@code [a-z0-9-]}).
 *
 * <p>{@code slug("Japan Wants Closer Relations With Russia. Good Luck!")} gives
 * {@code "japan-wants-closer-relations-with-russia-good-luck"}.
 */
public final class Ids {
    /** Longest briefing id; well under every file system's name limit, with room for ".json.tmp". */
    public static final int MAX_BRIEFING_ID_LENGTH = 96;

    private static final Pattern BRIEFING_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Names Windows reserves whatever the extension. */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    private Ids() {
    }

    /** Lower-case ASCII words joined by '-', accents folded; empty when nothing usable is left. */
    public static String slug(String text) {
        Objects.requireNonNull(text, "text");
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        String slug = NON_ALNUM.matcher(lower).replaceAll("-");
        return trimDashes(slug);
    }

    /** A slug cut to {@code max} characters at a word boundary where possible. */
    public static String slug(String text, int max) {
        String slug = slug(text);
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int dash = cut.lastIndexOf('-');
        return trimDashes(dash > max / 2 ? cut.substring(0, dash) : cut);
    }

    /**
     * The identity of a briefing: the slug of its title plus its publication date when it has one,
     * else the slug of its file name; {@code "briefing"} if neither gives anything usable.
     */
    public static String briefingId(String title, java.util.Optional<java.time.LocalDate> date, String fileName) {
        String suffix = date.map(d -> "-" + d).orElse("");
        String base = slug(title == null ? "" : title, MAX_BRIEFING_ID_LENGTH - suffix.length());
        if (base.isEmpty()) {
            String stem = fileName == null ? "" : fileName.replaceFirst("\\.[^.]*$", "");
            base = slug(stem, MAX_BRIEFING_ID_LENGTH - suffix.length());
        }
        if (base.isEmpty()) {
            base = "briefing";
        }
        String id = base + suffix;
        return WINDOWS_RESERVED.matcher(id).matches() ? id + "-briefing" : id;
    }

    /** True when {@code id} may name a briefing (and its file) on Linux, macOS and Windows alike. */
    public static boolean isValidBriefingId(String id) {
        return id != null
                && id.length() <= MAX_BRIEFING_ID_LENGTH
                && BRIEFING_ID.matcher(id).matches()
                && !WINDOWS_RESERVED.matcher(id).matches();
    }

    public static String requireBriefingId(String id) {
        if (!isValidBriefingId(id)) {
            throw new IllegalArgumentException("not a valid briefing id: '" + id + "' (use [a-z0-9-], at most "
                    + MAX_BRIEFING_ID_LENGTH + " characters)");
        }
        return id;
    }

    static String requireUnitId(String id) {
        if (id == null || !UNIT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a valid text unit id: '" + id + "'");
        }
        return id;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
