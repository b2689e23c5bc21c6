package org.briefingreader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.app.ExportService;
import org.briefingreader.app.ImportService;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.SearchService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;

/**
 * What the command line needs from the rest of the product, built by the composition root once
 * {@code --library} is known (logging included), so commands never touch files, Jackson or JavaFX directly.
 */
public interface Backend extends AutoCloseable {
    /** Opens the library a command works on: the flag's folder, else BRIEFING_READER_HOME, else the default. */
    @FunctionalInterface
    interface Factory {
        Backend open(Optional<Path> libraryFlag) throws IOException;

        /**
         * The extensions of the files {@code import} reads ({@code ".txt"}, ...), known without opening a library,
         * for its help; empty (the default) when not known, and the help names no formats.
         */
        default List<String> importExtensions() {
            return List.of();
        }
    }

    /** The folder holding the library's briefings, for messages. */
    Path location();

    LibraryService library();

    /** An importer refusing files larger than {@code maxBytes}. */
    ImportService importer(long maxBytes);

    /** Searching, with the library's index opened (and brought up to date if this process may write it). */
    SearchService search() throws IOException;

    /** The briefing in the documented briefing JSON format. */
    String toJson(Briefing briefing);

    /** Annotating, with the library's annotation store opened on first use. */
    AnnotationService annotations() throws IOException;

    /** Annotations in the JSON the library stores them in. */
    String annotationsJson(List<Annotation> annotations);

    /** Exporting notes; {@code csvBom} starts CSV output with a byte-order mark. */
    ExportService exports(boolean csvBom) throws IOException;

    /** What goes into a file the user named. */
    @FunctionalInterface
    interface FileContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes a file the user named, whole or not at all; the exception's message is one line saying why. */
    void writeFile(Path target, FileContent content) throws IOException;

    /** Annotations (and categories) read from a JSON-LD export. */
    record ReadNotes(List<Annotation> annotations, List<org.briefingreader.domain.annotation.Category> categories) {
    }

    ReadNotes readNotes(Path file) throws IOException, org.briefingreader.domain.BriefingInputException;

    /** Opens the reader window and returns when it is closed. */
    void openWindow(Optional<String> briefingId) throws IOException;

    /**
     * Opens the reader window at the place {@code link} leads to and returns when it is closed; a note or briefing
     * that is gone is said in the window, not an error. By default only the link's briefing is opened.
     */
    default void openWindow(org.briefingreader.app.ReaderLink link) throws IOException {
        openWindow(Optional.of(link.briefingId()));
    }

    /** Closes the index, if it was opened. */
    @Override
    void close() throws IOException;
}
