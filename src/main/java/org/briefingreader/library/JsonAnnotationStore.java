package org.briefingreader.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationStore;
import org.briefingreader.domain.annotation.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's annotations as one JSON file per annotated briefing ({@code data/annotations/<briefing-id>.json},
 * {@link AnnotationJson}) and its categories in {@code data/categories.json} (absent: {@link Category#DEFAULTS}).
 *
 * <p>Every change is a read-modify-write of one file under the annotations' write lock ({@link LibraryLock} on the
 * annotations folder, apart from the briefings' lock, so an import never holds up a note), shared by every thread
 * and process on the library. The write keeps the previous version as {@code <file>.bak} and is durable when the
 * call returns ({@link AtomicFiles#replaceKeepingBackup}). Reads take no lock: renames make every read see a whole
 * file, the latest a process wrote; a file unchanged since it was last parsed is not parsed again.
 *
 * <p>Opening removes temporary files a crash left and reads every file: one that does not parse is kept aside and
 * its backup restored ({@link FileRepair}), which {@link #repairs()} then tells. A file from a newer version
 * (higher {@code schemaVersion}, unknown properties) is never repaired nor written: reading or changing it fails
 * with a one-line error naming it.
 */
public final class JsonAnnotationStore implements AnnotationStore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonAnnotationStore.class);
    private static final String EXTENSION = ".json";
    private static final Comparator<Annotation> OLDEST_FIRST = Comparator.comparing(Annotation::created)
            .thenComparing(Annotation::id);

    private final Path dir;
    private final AtomicFiles.WriteHook hook;
    private final LibraryLock lock;
    private final ConcurrentMap<String, StampedFile<List<Annotation>>> files = new ConcurrentHashMap<>();
    private final StampedFile<List<Category>> categories;
    private final List<String> repairs = new CopyOnWriteArrayList<>();
    private final AnnotationFragments fragments = new AnnotationFragments();

    /** Opens the annotations of a library: {@link LibraryPaths#annotations()} and {@link LibraryPaths#categories()}. */
    public JsonAnnotationStore(LibraryPaths paths) throws IOException {
        this(paths.annotations(), paths.categories(), AtomicFiles.NONE);
    }

    JsonAnnotationStore(Path annotationsDir, Path categoriesFile, AtomicFiles.WriteHook hook) throws IOException {
        boolean created = !Files.isDirectory(Objects.requireNonNull(annotationsDir, "annotationsDir"));
        this.dir = Files.createDirectories(annotationsDir);
        if (created) {
            // The folder's own name must survive a power cut too, or the first acknowledged save could vanish.
            AtomicFiles.syncDirectory(dir.toAbsolutePath().getParent());
        }
        Path categoriesPath = Files.createDirectories(categoriesFile.toAbsolutePath().getParent())
                .resolve(categoriesFile.getFileName());
        this.hook = Objects.requireNonNull(hook, "hook");
        this.lock = new LibraryLock(dir);
        this.categories = new StampedFile<>(categoriesPath, bytes -> AnnotationJson.readCategories(bytes,
                categoriesPath), Category.DEFAULTS);
        try (LibraryLock.Held held = lock.acquire()) {
            deleteStaleTemps();
            for (String briefingId : briefingIds()) {
                openChecked(() -> annotationsLocked(briefingId));
            }
            openChecked(this::categoriesLocked);
        }
    }

    /** Annotations of any briefings as one JSON document, in the shape the files store them. */
    public static String toJson(List<Annotation> annotations) {
        return new String(AnnotationJson.writeListing(annotations), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The folder of the annotation files. */
    public Path directory() {
        return dir;
    }

    @Override
    public List<Annotation> forBriefing(String briefingId) throws IOException {
        return annotations(requireId(briefingId));
    }

    @Override
    public List<Annotation> all() throws IOException {
        List<Annotation> all = new ArrayList<>();
        for (String briefingId : briefingIds()) {
            all.addAll(annotations(briefingId));
        }
        return List.copyOf(all);
    }

    @Override
    public Optional<Annotation> get(UUID id) throws IOException {
        Objects.requireNonNull(id, "id");
        for (String briefingId : briefingIds()) {
            for (Annotation annotation : annotations(briefingId)) {
                if (annotation.id().equals(id)) {
                    return Optional.of(annotation);
                }
            }
        }
        return Optional.empty();
    }

    /** Adds it to, or replaces it in, its briefing's file; an annotation never moves to another briefing's file. */
    @Override
    public void save(Annotation annotation) throws IOException {
        Objects.requireNonNull(annotation, "annotation");
        String briefingId = annotation.briefingId();
        try (LibraryLock.Held held = lock.acquire()) {
            List<Annotation> before = annotationsLocked(briefingId);
            List<Annotation> next = new ArrayList<>(before);
            next.removeIf(a -> a.id().equals(annotation.id()));
            next.add(annotation);
            writeLocked(briefingId, before, next);
        }
    }

    /** Replaces the briefing's annotations; an empty list leaves an empty file (its backup the previous version). */
    @Override
    public void saveAll(String briefingId, List<Annotation> annotations) throws IOException {
        requireId(briefingId);
        Set<UUID> ids = new HashSet<>();
        for (Annotation annotation : annotations) {
            if (!annotation.briefingId().equals(briefingId)) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " belongs to briefing '"
                        + annotation.briefingId() + "', not '" + briefingId + "'");
            }
            if (!ids.add(annotation.id())) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " is listed twice");
            }
        }
        try (LibraryLock.Held held = lock.acquire()) {
            // Refuses a newer version's file, repairs a damaged one (kept aside) before it is replaced.
            List<Annotation> before = annotationsLocked(briefingId);
            writeLocked(briefingId, before, annotations);
        }
    }

    @Override
    public boolean delete(UUID id) throws IOException {
        Objects.requireNonNull(id, "id");
        try (LibraryLock.Held held = lock.acquire()) {
            for (String briefingId : briefingIds()) {
                List<Annotation> current = annotationsLocked(briefingId);
                if (current.stream().anyMatch(a -> a.id().equals(id))) {
                    List<Annotation> next = new ArrayList<>(current);
                    next.removeIf(a -> a.id().equals(id));
                    writeLocked(briefingId, current, next);
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * File identity (inode where the OS has one), size and modification time of each annotation file: every write
     * renames a new file into place, so even a same-size edit within the clock's resolution changes the stamp.
     */
    @Override
    public Map<String, String> stamps() throws IOException {
        Map<String, String> stamps = new TreeMap<>();
        for (String briefingId : briefingIds()) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(dir.resolve(briefingId + EXTENSION),
                        BasicFileAttributes.class);
                stamps.put(briefingId, attrs.size() + ":" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                        + ":" + attrs.fileKey());
            } catch (NoSuchFileException e) {
                continue; // deleted since the folder was listed
            }
        }
        return stamps;
    }

    @Override
    public List<Category> categories() throws IOException {
        try {
            return categories.read();
        } catch (RefusedFileException e) {
            throw refused(e);
        } catch (BriefingInputException damaged) {
            try (LibraryLock.Held held = lock.acquire()) {
                return categoriesLocked();
            }
        }
    }

    /** @throws IllegalArgumentException when two names are the same ignoring case and spacing */
    @Override
    public void saveCategories(List<Category> newCategories) throws IOException {
        List<Category> list = List.copyOf(newCategories);
        Set<String> keys = new HashSet<>();
        for (Category category : list) {
            if (!keys.add(category.key())) {
                throw new IllegalArgumentException("two categories are named '" + category.name() + "'");
            }
        }
        try (LibraryLock.Held held = lock.acquire()) {
            categoriesLocked();
            AtomicFiles.replaceKeepingBackup(categories.path(), AnnotationJson.writeCategories(list), hook);
            categories.written(list);
        }
    }

    /** What was repaired since this store opened, one sentence each, oldest first. */
    @Override
    public List<String> repairs() {
        return List.copyOf(repairs);
    }

    private List<Annotation> annotations(String briefingId) throws IOException {
        try {
            return file(briefingId).read();
        } catch (RefusedFileException e) {
            throw refused(e);
        } catch (BriefingInputException damaged) {
            // Repaired under the lock, where the file is read again: another process may have repaired it already.
            try (LibraryLock.Held held = lock.acquire()) {
                return annotationsLocked(briefingId);
            }
        }
    }

    private List<Annotation> annotationsLocked(String briefingId) throws IOException {
        StampedFile<List<Annotation>> file = file(briefingId);
        try {
            return file.read();
        } catch (RefusedFileException e) {
            throw refused(e);
        } catch (BriefingInputException damage) {
            return repair(file, damage, "the annotations of briefing " + briefingId, "they start empty");
        }
    }

    private List<Category> categoriesLocked() throws IOException {
        try {
            return categories.read();
        } catch (RefusedFileException e) {
            throw refused(e);
        } catch (BriefingInputException damage) {
            return repair(categories, damage, "the categories", "the default categories are used");
        }
    }

    private <T> T repair(StampedFile<T> file, BriefingInputException damage, String what, String fallback)
            throws IOException {
        FileRepair.Outcome<T> outcome = FileRepair.repair(file, what, fallback);
        repairs.add(outcome.sentence());
        LOG.warn("{} What was wrong: {}", outcome.sentence(), damage.oneLine());
        return outcome.value();
    }

    /** Writes the briefing's file, which held {@code before}, to hold {@code annotations}. */
    private void writeLocked(String briefingId, List<Annotation> before, List<Annotation> annotations)
            throws IOException {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(OLDEST_FIRST);
        StampedFile<List<Annotation>> file = file(briefingId);
        AtomicFiles.replaceKeepingBackup(file.path(), fragments.file(briefingId, sorted), hook);
        file.written(List.copyOf(sorted));
        fragments.forgetRemoved(before, sorted);
    }

    private StampedFile<List<Annotation>> file(String briefingId) {
        return files.computeIfAbsent(briefingId, id -> {
            Path path = dir.resolve(id + EXTENSION);
            return new StampedFile<>(path, bytes -> sortedList(AnnotationJson.readAnnotations(bytes, path, id)),
                    List.of());
        });
    }

    private static List<Annotation> sortedList(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(OLDEST_FIRST);
        return List.copyOf(sorted);
    }

    /** The ids of the briefings with an annotation file, sorted. */
    private List<String> briefingIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String id = name.substring(0, name.length() - EXTENSION.length());
                // Hidden files are editors' and macOS's side files; other names are not ours to read.
                if (!name.startsWith(".") && Ids.isValidBriefingId(id)) {
                    ids.add(id);
                }
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /** Under the lock, so a temporary file is debris of a crash, never another writer's file in progress. */
    private void deleteStaleTemps() throws IOException {
        deleteTemps(dir, "");
        String categoriesName = categories.path().getFileName().toString();
        deleteTemps(categories.path().getParent(), "." + categoriesName);
    }

    private static void deleteTemps(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + AtomicFiles.TEMP_SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (AtomicFiles.isTemp(name) && name.startsWith(prefix)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Check {
        Object run() throws IOException;
    }

    /** A file from a newer version must not stop the store opening; reading that file later says why. */
    private static void openChecked(Check check) throws IOException {
        try {
            check.run();
        } catch (RefusedIOException e) {
            LOG.warn("Left as it is: {}", e.getMessage());
        }
    }

    private static IOException refused(RefusedFileException e) {
        return new RefusedIOException(e);
    }

    /** Reading or writing a file this version must leave alone; the message is the one line to show. */
    private static final class RefusedIOException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedIOException(RefusedFileException cause) {
            super(cause.oneLine(), cause);
        }
    }

    private static String requireId(String id) {
        if (!Ids.isValidBriefingId(id)) {
            throw new IllegalArgumentException("not a valid briefing id: '" + id + "'");
        }
        return id;
    }
}
