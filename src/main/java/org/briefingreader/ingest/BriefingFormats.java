package org.briefingreader.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.ParsedBriefing;

/**
 * Picks the reader for a file by its extension; a file no reader takes gets a one-line "unsupported" error.
 *
 * <p>{@code notes.pdf} gives {@code notes.pdf: unsupported file type ".pdf" (supported: .txt, .text, .json)}.
 */
public final class BriefingFormats implements BriefingParser {
    /** A reader and the extensions (lower case, with dot) it takes. */
    public record Format(BriefingParser parser, List<String> extensions) {
        public Format {
            extensions = List.copyOf(extensions);
        }
    }

    private final List<Format> formats;

    public BriefingFormats(List<Format> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every supported extension, e.g. {@code [.txt, .text, .json]}. */
    public List<String> extensions() {
        return formats.stream().flatMap(f -> f.extensions().stream()).collect(Collectors.toList());
    }

    @Override
    public boolean accepts(Path file) {
        return formats.stream().anyMatch(f -> f.extensions().contains(extension(file)));
    }

    @Override
    public ParsedBriefing parse(Path file) throws BriefingInputException {
        String ext = extension(file);
        for (Format format : formats) {
            if (format.extensions().contains(ext)) {
                return format.parser().parse(file);
            }
        }
        String shown = ext.isEmpty() ? "a file without an extension" : "unsupported file type \"" + ext + "\"";
        throw new BriefingInputException(file, shown + " (supported: " + String.join(", ", extensions()) + ")");
    }

    /** Lower-case extension with its dot, or "" when the name has none. */
    public static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
    }
}
