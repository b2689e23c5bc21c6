package org.briefingreader.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.ingest.SourceLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a page's bytes into text using the charset the page itself names, as a browser would.
 *
 * <p>Order: a UTF-8 byte-order mark; else {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in
 * the first 8 KB; else UTF-8. A declared charset Java does not know ({@code x-unknown-foo}) is read as UTF-8 with
 * a warning rather than refused. UTF-8, declared or assumed, is decoded strictly and falls back to windows-1252
 * (with a warning) when the bytes are not valid UTF-8. As the HTML standard says, a declared ISO-8859-1 or
 * US-ASCII means windows-1252, and a declared UTF-16 on a page whose markup could be read byte by byte means
 * UTF-8.
 */
final class PageDecoder {
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> MEANS_WINDOWS_1252 = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1",
            "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819", "x-cp1252");
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    /** The decoded page; warnings are added to {@code warnings}. */
    static String decode(byte[] data, Path file, List<String> warnings) {
        if (SourceLoader.hasUtf8Bom(data)) {
            return SourceLoader.utf8OrWindows1252(data, 3, file, warnings);
        }
        Optional<String> declared = declaredCharset(data);
        if (declared.isEmpty()) {
            return SourceLoader.utf8OrWindows1252(data, 0, file, warnings);
        }
        String name = declared.get().toLowerCase(Locale.ROOT);
        if (MEANS_WINDOWS_1252.contains(name)) {
            return new String(data, WINDOWS_1252);
        }
        Optional<Charset> charset = charset(name);
        if (charset.isEmpty()) {
            warnings.add(file + ": declares charset \"" + declared.get() + "\", which is unknown here; read as UTF-8");
            return SourceLoader.utf8OrWindows1252(data, 0, file, warnings);
        }
        if (charset.get().equals(StandardCharsets.UTF_8) || name.startsWith("utf-16") || name.startsWith("utf-32")) {
            return SourceLoader.utf8OrWindows1252(data, 0, file, warnings);
        }
        return new String(data, charset.get());
    }

    /** The charset named in the page's first {@value #SNIFF_BYTES} bytes, read as Latin-1 so any byte survives. */
    static Optional<String> declaredCharset(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Document prefix = Jsoup.parse(head);
        for (Element meta : prefix.select("meta[charset], meta[http-equiv][content]")) {
            String value = meta.hasAttr("charset") ? meta.attr("charset").strip() : contentCharset(meta);
            if (!value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String contentCharset(Element meta) {
        if (!meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
            return "";
        }
        Matcher m = CHARSET_PARAM.matcher(meta.attr("content"));
        return m.find() ? m.group(1) : "";
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
