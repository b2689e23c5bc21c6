package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefingreader.library.AnnotationSamples.note;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files are kept aside and restored from their backups; files of a newer version are left alone. */
class JsonAnnotationStoreRepairTest {
    private static final String JAPAN = "japan-russia-2018-05-25";

    @TempDir
    Path root;

    private LibraryPaths paths() {
        return LibraryPaths.under(root);
    }

    private JsonAnnotationStore open() throws IOException {
        return new JsonAnnotationStore(paths());
    }

    private Path file() {
        return paths().annotations().resolve(JAPAN + ".json");
    }

    private List<Path> asides(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".corrupt-")).toList();
        }
    }

    /** Cuts the file in half, as a disk or a careless copy might. */
    private static byte[] truncate(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);
        return half;
    }

    @Test
    void aDamagedFileIsKeptAsideAndItsBackupRestoredAtOpen() throws Exception {
        Annotation a = note(JAPAN, "a", 0);
        open().save(a);
        open().save(note(JAPAN, "b", 1));
        Path backup = AtomicFiles.backupOf(file());
        Files.setLastModifiedTime(backup, FileTime.from(Instant.parse("2026-11-30T12:00:30Z")));
        byte[] damaged = truncate(file());

        JsonAnnotationStore store = open();

        assertThat(store.repairs()).singleElement().asString()
                .startsWith("The annotations of briefing " + JAPAN + " were damaged; restored the backup of "
                        + "2026-11-30 12:00 UTC; the damaged file was kept as ")
                .doesNotContain("\n");
        assertThat(store.forBriefing(JAPAN)).containsExactly(a);
        assertThat(asides(file())).singleElement().satisfies(aside -> {
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
            assertThat(store.repairs().get(0)).contains(aside.toString());
        });
        assertThat(AnnotationJson.readAnnotations(Files.readAllBytes(file()), file(), JAPAN)).containsExactly(a);
        assertThat(open().repairs()).isEmpty();
    }

    @Test
    void damageFoundByALaterReadIsRepairedThenToo() throws IOException {
        JsonAnnotationStore store = open();
        Annotation a = note(JAPAN, "a", 0);
        store.save(a);
        store.save(note(JAPAN, "b", 1));
        Files.writeString(file(), "{\"schemaVersion\": 1, \"briefing\": \"" + JAPAN + "\", \"annotations\": 7}",
                StandardCharsets.UTF_8);

        assertThat(store.forBriefing(JAPAN)).containsExactly(a);
        assertThat(store.repairs()).singleElement().asString().contains("restored the backup");
        assertThat(asides(file())).hasSize(1);
    }

    @Test
    void aDamagedFileWithoutBackupStartsEmptyAndIsKept() throws IOException {
        open().save(note(JAPAN, "only", 0));
        assertThat(AtomicFiles.backupOf(file())).doesNotExist();
        byte[] damaged = truncate(file());

        JsonAnnotationStore store = open();

        assertThat(store.forBriefing(JAPAN)).isEmpty();
        assertThat(store.repairs()).singleElement().asString()
                .contains("were damaged and there was no backup, so they start empty; the damaged file was kept as");
        assertThat(asides(file())).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        Annotation next = note(JAPAN, "next", 1);
        store.save(next);
        assertThat(open().forBriefing(JAPAN)).containsExactly(next);
    }

    @Test
    void aDamagedBackupIsNoRescue() throws IOException {
        open().save(note(JAPAN, "a", 0));
        open().save(note(JAPAN, "b", 1));
        truncate(AtomicFiles.backupOf(file()));
        truncate(file());

        JsonAnnotationStore store = open();

        assertThat(store.forBriefing(JAPAN)).isEmpty();
        assertThat(store.repairs()).singleElement().asString().contains("its backup could not be read either");
    }

    @Test
    void damagedCategoriesComeBackFromTheirBackupOrAreTheDefaults() throws IOException {
        List<Category> first = List.of(new Category("first", "#111111"));
        open().saveCategories(first);
        open().saveCategories(List.of(new Category("second", "#222222")));
        truncate(paths().categories());

        JsonAnnotationStore store = open();
        assertThat(store.categories()).isEqualTo(first);
        assertThat(store.repairs()).singleElement().asString().startsWith("The categories were damaged; restored");

        Files.delete(AtomicFiles.backupOf(paths().categories()));
        Files.writeString(paths().categories(), "", StandardCharsets.UTF_8);
        JsonAnnotationStore again = open();
        assertThat(again.categories()).isEqualTo(Category.DEFAULTS);
        assertThat(again.repairs()).singleElement().asString().contains("so the default categories are used");
    }

    @Test
    void aNewerSchemaVersionIsRefusedAndTheFileLeftUntouched() throws IOException {
        open().save(note(JAPAN, "a", 0));
        String newer = Files.readString(file(), StandardCharsets.UTF_8).replace("\"schemaVersion\": 1",
                "\"schemaVersion\": 2");
        Files.writeString(file(), newer, StandardCharsets.UTF_8);

        JsonAnnotationStore store = open();

        assertRefused(store, "schemaVersion 2 is newer than this version reads (1)");
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo(newer);
    }

    @Test
    void anUnknownPropertyIsRefusedAndTheFileLeftUntouched() throws IOException {
        open().save(note(JAPAN, "a", 0));
        String newer = Files.readString(file(), StandardCharsets.UTF_8).replace("\"anchoring\": \"anchored\"",
                "\"anchoring\": \"anchored\",\n      \"colour\": \"#ff0000\"");
        Files.writeString(file(), newer, StandardCharsets.UTF_8);

        JsonAnnotationStore store = open();

        assertRefused(store, "annotations[0].colour: unknown property");
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo(newer);
    }

    @Test
    void newerCategoriesAreRefusedToo() throws IOException {
        Files.createDirectories(paths().data());
        String newer = "{\"schemaVersion\": 3, \"categories\": [], \"groups\": []}";
        Files.writeString(paths().categories(), newer, StandardCharsets.UTF_8);

        JsonAnnotationStore store = open();

        assertThatThrownBy(store::categories).isInstanceOf(IOException.class)
                .hasMessageStartingWith(paths().categories().toString()).hasMessageContaining("schemaVersion 3");
        assertThatThrownBy(() -> store.saveCategories(Category.DEFAULTS)).isInstanceOf(IOException.class);
        assertThat(Files.readString(paths().categories(), StandardCharsets.UTF_8)).isEqualTo(newer);
    }

    private void assertRefused(JsonAnnotationStore store, String problem) throws IOException {
        assertThat(store.repairs()).isEmpty();
        assertThatThrownBy(() -> store.forBriefing(JAPAN)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file() + ": ").hasMessageContaining(problem)
                .hasMessageEndingWith("the file is left as it is")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(store::all).isInstanceOf(IOException.class).hasMessageContaining(problem);
        assertThatThrownBy(() -> store.save(note(JAPAN, "b", 1))).isInstanceOf(IOException.class)
                .hasMessageContaining(problem);
        assertThatThrownBy(() -> store.saveAll(JAPAN, List.of())).isInstanceOf(IOException.class);
        assertThat(asides(file())).isEmpty();
        assertThat(AtomicFiles.backupOf(file())).doesNotExist();
        Annotation elsewhere = note("other-2020-01-01", "unaffected", 0);
        store.save(elsewhere);
        assertThat(store.forBriefing("other-2020-01-01")).containsExactly(elsewhere);
    }
}
