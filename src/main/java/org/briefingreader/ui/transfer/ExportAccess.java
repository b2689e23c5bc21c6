package org.briefingreader.ui.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.briefingreader.app.ExportService;

/**
 * How the window reaches the exporters and writes an export file: called off the FX thread. The composition root
 * writes through the same whole-or-nothing path as {@code briefing export -o} (a failed write leaves no partial
 * file and keeps an older file of that name).
 */
public interface ExportAccess {
    /** No exports in this window: every use fails with one plain sentence. */
    ExportAccess NONE = new ExportAccess() {
        @Override
        public ExportService open(boolean csvBom) throws IOException {
            throw new IOException("Exporting notes is not available in this window.");
        }

        @Override
        public void write(Path target, Content content) throws IOException {
            throw new IOException("Exporting notes is not available in this window.");
        }
    };

    /** What a file is made of; may fail half way, which then changes nothing on disk. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The export service; {@code csvBom} starts CSV output with a byte-order mark, for Excel. */
    ExportService open(boolean csvBom) throws IOException;

    /** Replaces (or creates) {@code target} with the content, or throws a one-line reason and leaves no file. */
    void write(Path target, Content content) throws IOException;
}
