package org.briefingreader.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.domain.state.ReaderStateLoad;
import org.briefingreader.domain.state.ReaderStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader window's remembered state in {@code config/reader-state.json}, written with {@link AtomicFiles}.
 *
 * <p>A file that cannot be used (malformed JSON, empty, a wrong type, a value out of range, a newer
 * schemaVersion) gives the defaults and a one-line warning, which is also logged. The file is then renamed aside to
 * {@code reader-state.json.corrupt-20261130T145823Z} rather than deleted or left in place: left in place, the next
 * save would overwrite it silently, and a newer version's settings or a hand edit gone wrong stay recoverable.
 * A file that exists but cannot be read at all (permissions) also gives the defaults and a warning, and is left
 * where it is: nothing is known about its content.
 */
public final class JsonReaderStateStore implements ReaderStateStore {
    /** The file's name inside the config folder. */
    public static final String FILE_NAME = "reader-state.json";
    /** What the name of a file renamed aside starts with, after {@link #FILE_NAME}. */
    static final String ASIDE_MARK = ".corrupt-";

    private static final Logger LOG = LoggerFactory.getLogger(JsonReaderStateStore.class);
    /** Basic ISO 8601 in UTC: sorts by time and has no colon, which Windows forbids in names. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final AtomicFiles.WriteHook hook;

    /** The store of the library whose folders are {@code paths}. */
    public JsonReaderStateStore(LibraryPaths paths) {
        this(paths.config().resolve(FILE_NAME), Clock.systemUTC(), AtomicFiles.NONE);
    }

    /** For tests: a given file, clock and write hook. */
    JsonReaderStateStore(Path file, Clock clock, AtomicFiles.WriteHook hook) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    @Override
    public ReaderStateLoad load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ReaderStateLoad(ReaderState.defaults(), Optional.empty());
        } catch (IOException e) {
            return warn("Could not read the saved reader settings " + file + " (" + reason(e)
                    + "); using the defaults", true);
        }
        try {
            return new ReaderStateLoad(ReaderStateJson.read(bytes), Optional.empty());
        } catch (ReaderStateJson.Unusable e) {
            Optional<String> aside = putAside();
            String where = aside.map(name -> " (the file was kept as " + name + ")")
                    .orElse(" (the file could not be renamed aside, so it is left as it is this run)");
            return warn("Ignored the saved reader settings " + file + ": " + e.getMessage() + "; using the defaults"
                    + where, aside.isEmpty());
        }
    }

    @Override
    public void save(ReaderState state) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.replace(file, ReaderStateJson.write(state), hook);
    }

    /** Renames the unusable file aside; its new name, or empty when it could not be moved (the reason is logged). */
    private Optional<String> putAside() {
        String base = file.getFileName() + ASIDE_MARK + STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                // No ATOMIC_MOVE: on Unix that is rename(2), which would replace an earlier aside file silently.
                // Without it, move refuses an existing name and, within one folder, still renames.
                Files.move(file, aside);
                AtomicFiles.syncDirectory(file.toAbsolutePath().getParent());
                return Optional.of(aside.getFileName().toString());
            } catch (FileAlreadyExistsException e) {
                continue; // two bad files in one second: take the next number
            } catch (IOException e) {
                LOG.warn("Could not rename {} aside: {}", file, reason(e));
                return Optional.empty();
            }
        }
    }

    /** A file exception's own words; the path-only messages of some get a plain name instead. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.equals(e instanceof FileSystemException f ? f.getFile() : null)
                ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }

    /** The defaults with {@code warning}, logged once here; {@code leaveFile} as in {@link ReaderStateLoad}. */
    private static ReaderStateLoad warn(String warning, boolean leaveFile) {
        LOG.warn("{}", warning);
        return new ReaderStateLoad(ReaderState.defaults(), Optional.of(warning), leaveFile);
    }
}
