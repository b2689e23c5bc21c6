package org.briefingreader.app;

import java.nio.file.Path;

/** Told about each file as an import goes, for progress lines and progress bars. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (done, total, result) -> { };

    /**
     * One more file finished.
     *
     * @param done  files finished so far, this one included
     * @param total files found in all inputs
     */
    void fileDone(int done, int total, FileResult result);

    /**
     * A file is about to be read, so a progress display can name the file being worked on.
     *
     * @param number this file's place in the batch, from 1
     * @param total  files found in all inputs
     */
    default void fileStarting(int number, int total, Path file) {
    }
}
