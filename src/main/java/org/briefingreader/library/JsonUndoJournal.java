package org.briefingreader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.annotation.UndoJournal;
import org.briefingreader.domain.annotation.UndoStacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The undo history in {@code state/annotation-history.json}, shared by the window and every command on the library,
 * written atomically. It is worth keeping but not precious: a damaged file is set aside and the history starts
 * empty (the annotations themselves are untouched).
 */
public final class JsonUndoJournal implements UndoJournal {
    private static final Logger LOG = LoggerFactory.getLogger(JsonUndoJournal.class);
    static final String FILE_NAME = "annotation-history.json";

    private final Path file;

    public JsonUndoJournal(LibraryPaths paths) throws IOException {
        this(paths.state().resolve(FILE_NAME));
    }

    JsonUndoJournal(Path file) throws IOException {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        Files.createDirectories(this.file.getParent());
    }

    @Override
    public UndoStacks load() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return UndoStacks.EMPTY;
        }
        try {
            return AnnotationJson.readHistory(bytes, file);
        } catch (RefusedFileException e) {
            throw new IOException(e.oneLine(), e);
        } catch (BriefingInputException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + Instant.now().toEpochMilli());
            LOG.warn("undo history unreadable ({}); starting an empty one, the old file kept as {}", e.oneLine(),
                    aside.getFileName());
            Files.move(file, aside);
            return UndoStacks.EMPTY;
        }
    }

    @Override
    public void save(UndoStacks stacks) throws IOException {
        AtomicFiles.replace(file, AnnotationJson.writeHistory(stacks), AtomicFiles.NONE);
    }
}
