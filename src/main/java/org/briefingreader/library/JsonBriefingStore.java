package org.briefingreader.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingStore;
import org.briefingreader.domain.Ids;
import org.briefingreader.json.BriefingJson;

/**
 * The library's briefings as one {@code <id>.json} file each in one folder: the source of truth.
 *
 * <p>{@code save} of briefing {@code japan-2018-05-25} writes {@code japan-2018-05-25.json} through a temporary
 * file and an atomic rename ({@link AtomicFiles}), so a reader in any thread sees the old or the new file, never
 * half of one. Saves, deletes and the clean-up of a crash's temporary files hold the library's write lock
 * ({@link LibraryLock}), so several threads and processes (the window and the command line) may write to one
 * library: they take turns, each for one file.
 */
public final class JsonBriefingStore implements BriefingStore {
    private static final String EXTENSION = ".json";

    private final Path dir;
    private final AtomicFiles.WriteHook hook;
    private final LibraryLock lock;
    private volatile List<String> problems = List.of();

    /** Opens (creating if needed) the folder and deletes temporary files a crash left behind. */
    public JsonBriefingStore(Path briefingsDir) throws IOException {
        this(briefingsDir, AtomicFiles.NONE);
    }

    JsonBriefingStore(Path briefingsDir, AtomicFiles.WriteHook hook) throws IOException {
        this.dir = Files.createDirectories(Objects.requireNonNull(briefingsDir, "briefingsDir"));
        this.hook = Objects.requireNonNull(hook, "hook");
        this.lock = new LibraryLock(dir);
        deleteStaleTemps();
    }

    /** The folder holding the files. */
    public Path directory() {
        return dir;
    }

    @Override
    public SaveOutcome save(Briefing briefing) throws IOException {
        Path file = file(briefing.id());
        byte[] json = BriefingJson.write(briefing);
        try (LibraryLock.Held held = lock.acquire()) {
            boolean exists = Files.exists(file);
            if (exists && sameAsStored(file, briefing)) {
                return SaveOutcome.UNCHANGED;
            }
            AtomicFiles.replace(file, json, hook);
            return exists ? SaveOutcome.REPLACED : SaveOutcome.ADDED;
        }
    }

    @Override
    public Optional<Briefing> get(String id) throws IOException {
        Path file = file(requireId(id));
        try {
            return Optional.of(read(file, id));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (BriefingInputException e) {
            throw new IOException(e.oneLine(), e);
        }
    }

    /** Every readable briefing by id; each file that cannot be read becomes one line in {@link #problems()}. */
    @Override
    public List<Briefing> list() throws IOException {
        List<Briefing> briefings = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // hidden: editors' and macOS's ("._x.json") side files, not briefings
                }
                String id = name.substring(0, name.length() - EXTENSION.length());
                if (!Ids.isValidBriefingId(id)) {
                    found.add(file + ": not a briefing file name (ids use a-z, 0-9 and '-')");
                    continue;
                }
                try {
                    briefings.add(read(file, id));
                } catch (NoSuchFileException e) {
                    continue; // deleted since the folder was listed
                } catch (BriefingInputException e) {
                    found.add(e.oneLine());
                } catch (IOException e) {
                    found.add(file + ": cannot read the file: " + describe(e, file));
                }
            }
        }
        briefings.sort(Comparator.comparing(Briefing::id));
        found.sort(Comparator.naturalOrder());
        problems = List.copyOf(found);
        return List.copyOf(briefings);
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public boolean delete(String id) throws IOException {
        Path file = file(requireId(id));
        try (LibraryLock.Held held = lock.acquire()) {
            return AtomicFiles.delete(file);
        }
    }

    /** Size and modification time (to the nanosecond where the file system keeps it) of every briefing file. */
    @Override
    public Map<String, String> stamps() throws IOException {
        Map<String, String> stamps = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - EXTENSION.length());
                if (name.startsWith(".") || !Ids.isValidBriefingId(id)) {
                    continue;
                }
                try {
                    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    stamps.put(id, attrs.size() + ":" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                } catch (NoSuchFileException e) {
                    continue; // deleted since the folder was listed
                }
            }
        }
        return stamps;
    }

    private boolean sameAsStored(Path file, Briefing briefing) throws IOException {
        try {
            Briefing stored = read(file, briefing.id());
            // The same bytes under another file name (a copy, a download saved twice) are the same briefing:
            // the content hash decides, so the file name alone is no reason to write.
            return stored.contentHash().equals(briefing.contentHash())
                    && stored.equals(briefing.withOriginalFileName(stored.originalFileName()));
        } catch (BriefingInputException | IOException e) {
            return false; // a damaged or unreadable file is simply replaced by the good version
        }
    }

    private Briefing read(Path file, String id) throws IOException, BriefingInputException {
        Briefing briefing = BriefingJson.read(Files.readAllBytes(file), file);
        if (!briefing.id().equals(id)) {
            throw new BriefingInputException(file, "holds briefing '" + briefing.id() + "', but the file name says '"
                    + id + "'");
        }
        return briefing;
    }

    private Path file(String id) {
        return dir.resolve(id + EXTENSION);
    }

    /** Ids become file names: anything else (say "../settings") must never reach the file system. */
    private static String requireId(String id) {
        if (!Ids.isValidBriefingId(id)) {
            throw new IllegalArgumentException("not a valid briefing id: '" + id + "'");
        }
        return id;
    }

    /** Under the lock, so a temporary file is debris of a crash, never another writer's file in progress. */
    private void deleteStaleTemps() throws IOException {
        try (LibraryLock.Held held = lock.acquire();
             DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + AtomicFiles.TEMP_SUFFIX)) {
            for (Path file : files) {
                if (AtomicFiles.isTemp(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String describe(IOException e, Path file) {
        String message = e.getMessage();
        // NIO's messages are often just the path again ("AccessDeniedException: /x/a.json").
        boolean useful = message != null && !message.equals(file.toString());
        return useful ? message : e.getClass().getSimpleName();
    }
}
