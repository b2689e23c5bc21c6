package org.briefingreader.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A folder of documents and the way to read each one's expected values.
 *
 * @param name     short name used in the tables and the label folders, e.g. {@code crs-dev}
 * @param root     the folder the files' shown names are relative to
 * @param files    the documents, in a stable order
 * @param expected reads a document's expected values
 */
public record QualityCorpus(String name, Path root, List<Path> files, ExpectationReader expected) {
    /** Reads the expected values of one document. */
    @FunctionalInterface
    public interface ExpectationReader {
        Expected read(Path file) throws IOException;
    }

    public QualityCorpus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        files = List.copyOf(files);
        Objects.requireNonNull(expected, "expected");
    }

    /** How {@code file} is shown: its path below the root, with forward slashes. */
    public String shownName(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
