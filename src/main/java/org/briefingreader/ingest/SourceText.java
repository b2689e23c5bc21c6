package org.briefingreader.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file's text, decoded, with the hash of its bytes and any warnings met while decoding.
 *
 * @param file        the file as given
 * @param text        the decoded text, byte-order mark removed, line ends as in the file
 * @param contentHash {@code sha256:<hex>} of the raw bytes
 * @param warnings    e.g. "not valid UTF-8; read as windows-1252"
 */
public record SourceText(Path file, String text, String contentHash, List<String> warnings) {
    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        warnings = List.copyOf(warnings);
    }

    /** The file's own name, e.g. {@code japan-russia-2018.txt}. */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
