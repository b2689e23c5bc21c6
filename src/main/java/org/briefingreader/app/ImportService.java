package org.briefingreader.app;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.BriefingStore;
import org.briefingreader.domain.ParsedBriefing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders into the library, one result per file; one bad file never stops the batch.
 *
 * <p>Folders are walked recursively, following symbolic links (a link loop is reported, not followed
 * forever); hidden files and folders are left alone, and files of a type no importer reads are counted as
 * skipped. A folder's files are imported in path order. A file named explicitly is always tried, so an
 * unsupported one gets its own error line.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /** Told when a stored briefing was replaced by a new version, so its annotations follow the new text. */
    @FunctionalInterface
    public interface ReplacedListener {
        /** Returns what the user should be told (one sentence), if anything. */
        Optional<String> replaced(Briefing briefing) throws IOException;
    }

    private final BriefingParser parser;
    private final BriefingStore store;
    private final ReplacedListener onReplace;

    public ImportService(BriefingParser parser, BriefingStore store) {
        this(parser, store, briefing -> Optional.empty());
    }

    public ImportService(BriefingParser parser, BriefingStore store, ReplacedListener onReplace) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.store = Objects.requireNonNull(store, "store");
        this.onReplace = Objects.requireNonNull(onReplace, "onReplace");
    }

    /** Imports every input in order, telling {@code listener} after each file. */
    public ImportReport importAll(List<Path> inputs, ImportListener listener) {
        return importAll(inputs, listener, () -> false);
    }

    /**
     * Like {@link #importAll(List, ImportListener)}, but stops before the next file once {@code cancelled} says
     * so (asked between files, on this thread): the files already imported stay, none is left half-written, and the
     * report holds only the files tried.
     */
    public ImportReport importAll(List<Path> inputs, ImportListener listener, BooleanSupplier cancelled) {
        Objects.requireNonNull(cancelled, "cancelled");
        List<FileResult> results = new ArrayList<>();
        Walk walk = new Walk();
        for (Path input : inputs) {
            walk.add(input);
        }
        results.addAll(walk.failures);
        int total = walk.files.size() + walk.failures.size();
        int done = 0;
        for (FileResult failure : walk.failures) {
            listener.fileDone(++done, total, failure);
        }
        Map<String, Path> claimed = new HashMap<>();
        for (Path file : walk.files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            listener.fileStarting(done + 1, total, file);
            FileResult result = warnIfClaimed(importOne(file), claimed);
            results.add(result);
            listener.fileDone(++done, total, result);
        }
        return new ImportReport(results, walk.skipped);
    }

    /**
     * Two files of one batch with the same identity (same title and date) but different content: the later
     * replaces the earlier, as a changed file should, but within one batch that is worth saying.
     */
    private static FileResult warnIfClaimed(FileResult result, Map<String, Path> claimed) {
        if (result.failed() || result.briefingId().isEmpty()) {
            return result;
        }
        Path earlier = claimed.put(result.briefingId().get(), result.file());
        if (earlier == null || result.status() == FileResult.Status.UNCHANGED) {
            return result;
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.add(result.file() + ": has the same identity (" + result.briefingId().get() + ") as " + earlier
                + ", imported earlier in this batch, and replaced it");
        return new FileResult(result.file(), result.status(), result.briefingId(), result.message(), warnings);
    }

    /** Imports one file; never throws. */
    public FileResult importOne(Path file) {
        ParsedBriefing parsed;
        try {
            parsed = parser.parse(file);
        } catch (BriefingInputException e) {
            return FileResult.failed(file, e.oneLine());
        } catch (RuntimeException e) {
            // A bug in an importer must cost one file, not the batch. Handled here for good, so logged here.
            LOG.error("Importer failed on {}", file, e);
            return FileResult.failed(file, file + ": internal error while reading this file ("
                    + e.getClass().getSimpleName() + "; details in the log)");
        }
        try {
            var outcome = store.save(parsed.briefing());
            String id = parsed.briefing().id();
            List<String> warnings = new ArrayList<>(parsed.warnings());
            if (outcome == BriefingStore.SaveOutcome.REPLACED) {
                placeAnnotations(parsed.briefing()).ifPresent(note -> warnings.add(file + ": " + note));
            }
            return new FileResult(file, FileResult.Status.valueOf(outcome.name()), Optional.of(id),
                    parsed.briefing().title(), warnings);
        } catch (IOException e) {
            return FileResult.failed(file, file + ": could not store the briefing: " + e.getMessage());
        }
    }

    /**
     * The briefing is stored either way; annotations that could not follow it now are placed the next time they are
     * read, so a failure here is a warning, not a failed file.
     */
    private Optional<String> placeAnnotations(Briefing briefing) {
        try {
            return onReplace.replaced(briefing);
        } catch (IOException e) {
            return Optional.of("its annotations could not be placed in the new text yet (" + e.getMessage()
                    + "); they will be when next opened");
        }
    }

    /** Collects the files to import, and the inputs that could not be walked, before anything is imported. */
    private final class Walk {
        final List<Path> files = new ArrayList<>();
        final List<FileResult> failures = new ArrayList<>();
        int skipped;

        void add(Path input) {
            if (!Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                failures.add(FileResult.failed(input, input + ": no such file or folder"));
            } else if (Files.isDirectory(input)) {
                // Sorted, so a folder imports in the same order on every OS and file system.
                int from = files.size();
                walk(input);
                files.subList(from, files.size()).sort(null);
            } else {
                files.add(input);
            }
        }

        private void walk(Path root) {
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                return !dir.equals(root) && isHidden(dir)
                                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (isHidden(file) || !attrs.isRegularFile()) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (parser.accepts(file)) {
                                    files.add(file);
                                } else {
                                    skipped++;
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                failures.add(FileResult.failed(file, describeWalkFailure(file, e)));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                failures.add(FileResult.failed(root, describeWalkFailure(root, e)));
            }
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describeWalkFailure(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return file + ": symbolic link loop (it points back to a folder above it); not followed";
        }
        if (e instanceof NoSuchFileException) {
            return file + ": broken link or vanished file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return file + ": cannot open: permission denied";
        }
        return file + ": cannot read: " + e.getMessage();
    }
}
