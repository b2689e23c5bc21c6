package org.briefingreader.app;

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
}
