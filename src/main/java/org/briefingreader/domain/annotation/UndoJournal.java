package org.briefingreader.domain.annotation;

import java.io.IOException;

/**
 * Where the undo and redo stacks are kept, so a command-line {@code undo} can take back what the previous command
 * (or the window) did.
 */
public interface UndoJournal {
    UndoStacks load() throws IOException;

    void save(UndoStacks stacks) throws IOException;
}
