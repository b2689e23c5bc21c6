package org.briefingreader.domain.annotation;

import java.io.IOException;
import java.io.OutputStream;

/** Writes exported notes in one format (Markdown, HTML, JSON-LD, CSV). */
public interface NotesExporter {
    /** The format's name as {@code --format} takes it: {@code md}, {@code html}, {@code jsonld}, {@code csv}. */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    /** Writes all of {@code notes} to {@code out} (UTF-8); does not close it. */
    void write(ExportedNotes notes, OutputStream out) throws IOException;
}
