package org.briefingreader.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.briefingreader.domain.LibraryIndex.OpenState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges an index folder on open, and wipes one that cannot be used, so that the caller refills it from the store.
 *
 * <p>Missing: no commit and no index files. Corrupt: index files but no readable commit, or a commit whose files
 * are truncated or gone (Lucene checks each file's length and footer when a reader opens it). Old schema: the
 * commit's {@code schemaVersion} is not {@link IndexSchema#SCHEMA_VERSION} (older or newer: either way its
 * fields mean something else). Wiping happens only while holding the write lock, so an index another process is
 * writing is never touched.
 */
final class IndexRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRecovery.class);

    private IndexRecovery() {
    }

    /**
     * Takes the write lock, judges the index, wipes it unless OK, and lets the lock go for the writer.
     *
     * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
     */
    static OpenState inspectAndRepair(Directory dir, Path folder) throws IOException {
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            OpenState state = inspect(dir);
            if (state != OpenState.OK) {
                wipe(folder);
            }
            lock.ensureValid();
            return state;
        }
    }

    /** How the index is, without changing it. */
    static OpenState inspect(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return hasIndexFiles(dir) ? OpenState.CORRUPT : OpenState.MISSING;
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return schemaVersion(reader.getIndexCommit().getUserData())
                    .filter(v -> v == IndexSchema.SCHEMA_VERSION).isPresent() ? OpenState.OK : OpenState.OLD_SCHEMA;
        } catch (CorruptIndexException | NoSuchFileException | FileNotFoundException | EOFException
                | IndexFormatTooOldException | IndexFormatTooNewException e) {
            // Handled for good here: the index is a cache and will be rebuilt, so one log line is all it needs.
            LOG.warn("search index unreadable, rebuilding it: {}", e.toString());
            return OpenState.CORRUPT;
        }
    }

    /** The schema version a commit records; empty when none or unreadable. */
    static Optional<Integer> schemaVersion(Map<String, String> userData) {
        try {
            return Optional.ofNullable(userData.get(IndexSchema.USER_DATA_SCHEMA)).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean hasIndexFiles(Directory dir) throws IOException {
        return Arrays.stream(dir.listAll()).anyMatch(name -> !name.equals(IndexWriter.WRITE_LOCK_NAME));
    }

    /** Deletes every file but the lock (deleting a held lock's file would let another process take it). */
    private static void wipe(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)).toList();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }
}
