package org.briefingreader.app;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Ids;

/**
 * A link into the reader, as the note exports write it: {@code briefing-reader://open?briefing=ID&annotation=AID}.
 *
 * <p>{@code parse("briefing-reader://open?briefing=japan-2018-05-25&annotation=0c6f...")} gives the briefing id
 * {@code japan-2018-05-25} and that annotation id. Values are percent-decoded (UTF-8); {@code briefing} is
 * required, {@code annotation} optional; any other scheme, host, path or parameter is refused.
 */
public record ReaderLink(String briefingId, Optional<UUID> annotationId) {
    public static final String SCHEME = "briefing-reader";
    private static final String HOST = "open";

    public ReaderLink {
        Ids.requireBriefingId(briefingId);
        Objects.requireNonNull(annotationId, "annotationId");
    }

    /** True when {@code argument} is meant as a reader link (it starts with the scheme), valid or not. */
    public static boolean looksLikeLink(String argument) {
        return argument.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1);
    }

    /**
     * Parses a link given on the command line.
     *
     * @throws IllegalArgumentException with a one-line message naming {@code argument} and what is wrong
     */
    public static ReaderLink parse(String argument) {
        Objects.requireNonNull(argument, "argument");
        URI uri;
        try {
            uri = URI.create(argument);
        } catch (IllegalArgumentException e) {
            throw bad(argument, "it is not a well-formed URI");
        }
        if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase(SCHEME)) {
            throw bad(argument, "the scheme must be " + SCHEME + ":");
        }
        if (uri.isOpaque() || !HOST.equalsIgnoreCase(uri.getRawAuthority())) {
            throw bad(argument, "it must start " + SCHEME + "://" + HOST + "?");
        }
        if (!uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/") || uri.getRawFragment() != null) {
            throw bad(argument, "it has a path or fragment the reader does not know");
        }
        Map<String, String> params = parameters(argument, uri.getRawQuery());
        String briefing = params.get("briefing");
        if (briefing == null) {
            throw bad(argument, "the briefing parameter is missing");
        }
        if (!Ids.isValidBriefingId(briefing)) {
            throw bad(argument, "'" + briefing + "' is not a briefing id");
        }
        Optional<UUID> annotation = Optional.ofNullable(params.get("annotation")).map(a -> uuid(argument, a));
        return new ReaderLink(briefing, annotation);
    }

    /** The link's text, as {@code ExportedNotes.link} writes it. */
    public String toUri() {
        return SCHEME + "://" + HOST + "?briefing=" + briefingId
                + annotationId.map(id -> "&annotation=" + id).orElse("");
    }

    private static Map<String, String> parameters(String argument, String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(argument, eq < 0 ? pair : pair.substring(0, eq));
            if (!name.equals("briefing") && !name.equals("annotation")) {
                throw bad(argument, "unknown parameter '" + name + "' (known: briefing, annotation)");
            }
            if (eq < 0 || eq == pair.length() - 1) {
                throw bad(argument, "the " + name + " parameter has no value");
            }
            if (params.put(name, decode(argument, pair.substring(eq + 1))) != null) {
                throw bad(argument, "the " + name + " parameter is given twice");
            }
        }
        return params;
    }

    private static UUID uuid(String argument, String value) {
        String id = value.toLowerCase(Locale.ROOT).replaceFirst("^urn:uuid:", "");
        if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw bad(argument, "'" + value + "' is not an annotation id (a UUID)");
        }
        return UUID.fromString(id);
    }

    /** Percent-decoding as UTF-8 (java.net.URLDecoder would also turn '+' into a space, which URIs do not mean). */
    private static String decode(String argument, String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw bad(argument, "a '%' is not followed by two hex digits");
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException bad(String argument, String why) {
        return new IllegalArgumentException("not a reader link: '" + argument + "': " + why);
    }
}
