package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefingreader.library.AnnotationSamples.note;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonAnnotationStoreTest {
    private static final String JAPAN = "japan-russia-2018-05-25";
    private static final String OIL = "oil-2019-01-02";

    @TempDir
    Path root;

    private LibraryPaths paths() {
        return LibraryPaths.under(root);
    }

    private JsonAnnotationStore open() throws IOException {
        return new JsonAnnotationStore(paths());
    }

    private Path file(String briefingId) {
        return paths().annotations().resolve(briefingId + ".json");
    }

    @Test
    void everyFieldSurvivesTheRoundTripThroughAFreshStore() throws IOException {
        Annotation rich = AnnotationSamples.rich(JAPAN);
        Annotation plain = note(JAPAN, "plain", 5);
        open().save(rich);
        open().save(plain);

        JsonAnnotationStore fresh = open();

        assertThat(fresh.forBriefing(JAPAN)).containsExactly(rich, plain);
        assertThat(fresh.get(rich.id())).contains(rich);
        assertThat(fresh.repairs()).isEmpty();
        String json = Files.readString(file(JAPAN), StandardCharsets.UTF_8);
        assertThat(json).contains("Kuril 🗾 Islands").contains("👩🏽‍💻").doesNotContain("\\uD83D").endsWith("}\n");
    }

    @Test
    void theFileHasTheW3cShape() throws IOException {
        Annotation rich = AnnotationSamples.rich(JAPAN);
        open().save(rich);

        JsonNode doc = new ObjectMapper().readTree(Files.readAllBytes(file(JAPAN)));

        assertThat(doc.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(doc.get("briefing").textValue()).isEqualTo(JAPAN);
        JsonNode a = doc.get("annotations").get(0);
        assertThat(a.get("id").textValue()).isEqualTo("urn:uuid:" + rich.id());
        assertThat(a.get("created").textValue()).isEqualTo("2026-11-30T12:00:00.123456789Z");
        assertThat(a.get("modified").textValue()).isEqualTo("2026-11-30T13:00:00.123456789Z");
        assertThat(a.get("motivation").textValue()).isEqualTo("tagging");
        assertThat(a.get("target").get("source").textValue()).isEqualTo(JAPAN);
        assertThat(a.get("target").get("units").toString()).isEqualTo("[\"the-history\",\"the-history.p1\"]");
        JsonNode quote = a.get("target").get("selector").get(0);
        assertThat(quote.get("type").textValue()).isEqualTo("TextQuoteSelector");
        assertThat(quote.get("exact").textValue()).isEqualTo("Kuril 🗾 Islands \"dispute\"");
        JsonNode position = a.get("target").get("selector").get(1);
        assertThat(position.get("type").textValue()).isEqualTo("TextPositionSelector");
        assertThat(position.get("start").intValue()).isEqualTo(1200);
        assertThat(position.get("end").intValue()).isEqualTo(1225);
        assertThat(a.get("tags").toString()).isEqualTo("[\"energy\",\"Kuril 🗾\",\"ÉTÉ\"]");
        assertThat(a.get("category").textValue()).isEqualTo("key judgement");
        assertThat(a.get("anchoredTo").textValue()).isEqualTo("sha256:" + "cd".repeat(32));
        assertThat(a.get("anchoring").textValue()).isEqualTo("orphan");
    }

    @Test
    void absentNoteAndCategoryAreLeftOut() throws IOException {
        Annotation bare = note(JAPAN, "x", 0).withBody(Optional.empty(), List.of(), Optional.empty(),
                AnnotationSamples.T0);
        JsonAnnotationStore store = open();
        store.save(bare);

        JsonNode a = new ObjectMapper().readTree(Files.readAllBytes(file(JAPAN))).get("annotations").get(0);

        assertThat(a.has("note")).isFalse();
        assertThat(a.has("category")).isFalse();
        assertThat(open().forBriefing(JAPAN)).containsExactly(bare);
    }

    @Test
    void briefingsAreOldestFirstAndAllIsByBriefingThenAge() throws IOException {
        JsonAnnotationStore store = open();
        Annotation japanLate = note(JAPAN, "late", 30);
        Annotation japanEarly = note(JAPAN, "early", 1);
        Annotation oil = note(OIL, "oil", 0);
        store.save(japanLate);
        store.save(oil);
        store.save(japanEarly);

        assertThat(store.forBriefing(JAPAN)).containsExactly(japanEarly, japanLate);
        assertThat(store.all()).containsExactly(japanEarly, japanLate, oil);
        assertThat(store.forBriefing("never-annotated")).isEmpty();
    }

    @Test
    void savingTheSameIdReplacesIt() throws IOException {
        JsonAnnotationStore store = open();
        Annotation first = note(JAPAN, "first", 0);
        store.save(first);
        Annotation edited = first.withBody(Optional.of("edited"), List.of("tag"), Optional.of("evidence"),
                first.created().plusSeconds(5));

        store.save(edited);

        assertThat(open().forBriefing(JAPAN)).containsExactly(edited);
    }

    @Test
    void deleteRemovesOnlyThatAnnotationAndSaysWhetherThereWasOne() throws IOException {
        JsonAnnotationStore store = open();
        Annotation keep = note(JAPAN, "keep", 0);
        Annotation drop = note(OIL, "drop", 1);
        store.save(keep);
        store.save(drop);

        assertThat(store.delete(drop.id())).isTrue();
        assertThat(store.delete(drop.id())).isFalse();

        assertThat(open().all()).containsExactly(keep);
        assertThat(store.get(drop.id())).isEmpty();
        assertThat(store.get(keep.id())).contains(keep);
    }

    @Test
    void saveAllReplacesOneBriefingsListAndLeavesOthersAlone() throws IOException {
        JsonAnnotationStore store = open();
        Annotation oil = note(OIL, "oil", 0);
        store.save(oil);
        store.save(note(JAPAN, "old", 0));
        List<Annotation> replacement = List.of(note(JAPAN, "b", 2), note(JAPAN, "a", 1));

        store.saveAll(JAPAN, replacement);

        assertThat(open().forBriefing(JAPAN)).containsExactly(replacement.get(1), replacement.get(0));
        assertThat(open().forBriefing(OIL)).containsExactly(oil);
        store.saveAll(JAPAN, List.of());
        assertThat(open().forBriefing(JAPAN)).isEmpty();
        assertThat(open().all()).containsExactly(oil);
    }

    @Test
    void saveAllRefusesAnotherBriefingsAnnotationOrAnIdTwice() throws IOException {
        JsonAnnotationStore store = open();
        Annotation japan = note(JAPAN, "j", 0);

        assertThatThrownBy(() -> store.saveAll(OIL, List.of(japan)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(JAPAN);
        assertThatThrownBy(() -> store.saveAll(JAPAN, List.of(japan, japan)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(file(OIL)).doesNotExist();
        assertThat(file(JAPAN)).doesNotExist();
    }

    @Test
    void categoriesAreTheDefaultsUntilSavedThenTheUsersList() throws IOException {
        JsonAnnotationStore store = open();
        assertThat(store.categories()).isEqualTo(Category.DEFAULTS);
        assertThat(paths().categories()).doesNotExist();
        List<Category> mine = List.of(new Category("Follow up 🔎", "#123ABC"), new Category("evidence", "#00ff00"));

        store.saveCategories(mine);

        assertThat(open().categories()).isEqualTo(mine);
        assertThat(store.categories()).isEqualTo(mine);
    }

    @Test
    void categoryNamesMustDifferIgnoringCaseAndSpacing() throws IOException {
        JsonAnnotationStore store = open();
        store.saveCategories(List.of(new Category("one", "#111111")));
        byte[] before = Files.readAllBytes(paths().categories());

        assertThatThrownBy(() -> store.saveCategories(List.of(new Category("Key  Judgement", "#111111"),
                new Category("key judgement", "#222222"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key judgement");
        assertThat(Files.readAllBytes(paths().categories())).isEqualTo(before);
    }

    @Test
    void aSecondStoreOnTheSameFolderSeesTheFirstsWrites() throws IOException {
        JsonAnnotationStore window = open();
        JsonAnnotationStore cli = open();
        assertThat(cli.all()).isEmpty();
        assertThat(cli.categories()).isEqualTo(Category.DEFAULTS);

        Annotation fromWindow = note(JAPAN, "from the window", 0);
        window.save(fromWindow);
        assertThat(cli.forBriefing(JAPAN)).containsExactly(fromWindow);

        Annotation edited = fromWindow.withBody(Optional.of("edited by the CLI"), List.of(), Optional.empty(),
                fromWindow.created());
        cli.save(edited);
        cli.saveCategories(List.of(new Category("cli", "#abcdef")));
        assertThat(window.forBriefing(JAPAN)).containsExactly(edited);
        assertThat(window.get(edited.id())).contains(edited);
        assertThat(window.categories()).containsExactly(new Category("cli", "#abcdef"));

        assertThat(cli.delete(edited.id())).isTrue();
        assertThat(window.all()).isEmpty();
    }

    @Test
    void concurrentSavesFromSeveralThreadsAndStoresLoseNothing() throws Exception {
        JsonAnnotationStore first = open();
        JsonAnnotationStore second = open();
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Annotation>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                JsonAnnotationStore store = t % 2 == 0 ? first : second;
                int thread = t;
                Callable<List<Annotation>> saver = () -> {
                    List<Annotation> saved = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        // Three briefings, so threads contend for the same files.
                        Annotation a = note(i % 3 == 0 ? JAPAN : i % 3 == 1 ? OIL : "third-2020-03-04",
                                "thread " + thread + " note " + i, i);
                        store.save(a);
                        if (i % 5 == 4) {
                            // An edit of an earlier one, racing the other threads' saves to the same file.
                            Annotation earlier = saved.remove(saved.size() - 1);
                            Annotation edited = earlier.withBody(Optional.of("edited " + thread + "/" + i),
                                    List.of(), Optional.empty(), earlier.modified());
                            store.save(edited);
                            saved.add(edited);
                        }
                        saved.add(a);
                    }
                    return saved;
                };
                futures.add(pool.submit(saver));
            }
            List<Annotation> expected = new ArrayList<>();
            for (Future<List<Annotation>> future : futures) {
                expected.addAll(future.get());
            }

            assertThat(open().all()).hasSize(threads * each).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBackupAlwaysHoldsThePreviousVersion() throws Exception {
        JsonAnnotationStore store = open();
        Path backup = AtomicFiles.backupOf(file(JAPAN));
        Annotation a = note(JAPAN, "a", 0);
        store.save(a);
        assertThat(backup).doesNotExist();
        byte[] firstVersion = Files.readAllBytes(file(JAPAN));

        Annotation b = note(JAPAN, "b", 1);
        store.save(b);
        assertThat(Files.readAllBytes(backup)).isEqualTo(firstVersion);
        assertThat(AnnotationJson.readAnnotations(Files.readAllBytes(backup), backup, JAPAN)).containsExactly(a);

        byte[] secondVersion = Files.readAllBytes(file(JAPAN));
        store.delete(a.id());
        assertThat(Files.readAllBytes(backup)).isEqualTo(secondVersion);
        assertThat(AnnotationJson.readAnnotations(Files.readAllBytes(backup), backup, JAPAN)).containsExactly(a, b);
        assertThat(open().forBriefing(JAPAN)).containsExactly(b);
    }

    @Test
    void categoriesKeepABackupToo() throws Exception {
        JsonAnnotationStore store = open();
        List<Category> first = List.of(new Category("first", "#111111"));
        store.saveCategories(first);
        store.saveCategories(List.of(new Category("second", "#222222")));

        Path backup = AtomicFiles.backupOf(paths().categories());
        assertThat(AnnotationJson.readCategories(Files.readAllBytes(backup), backup)).isEqualTo(first);
    }

    @Test
    void aFailedWriteLeavesTheFileAndItsBackupAsTheyWere() throws IOException {
        Annotation a = note(JAPAN, "a", 0);
        Annotation b = note(JAPAN, "b", 1);
        open().save(a);
        open().save(b);
        byte[] main = Files.readAllBytes(file(JAPAN));
        byte[] backup = Files.readAllBytes(AtomicFiles.backupOf(file(JAPAN)));
        JsonAnnotationStore failing = new JsonAnnotationStore(paths().annotations(), paths().categories(), temp -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> failing.save(note(JAPAN, "c", 2))).hasMessage("disk full");

        assertThat(Files.readAllBytes(file(JAPAN))).isEqualTo(main);
        assertThat(Files.readAllBytes(AtomicFiles.backupOf(file(JAPAN)))).isEqualTo(backup);
        try (Stream<Path> files = Files.list(paths().annotations())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(JAPAN + ".json", JAPAN + ".json.bak");
        }
        assertThat(failing.forBriefing(JAPAN)).containsExactly(a, b);
    }

    @Test
    void temporaryFilesACrashLeftAreRemovedAtOpenAndNothingElse() throws IOException {
        open().save(note(JAPAN, "a", 0));
        Path annotations = paths().annotations();
        Path data = paths().data();
        List<Path> debris = List.of(annotations.resolve("." + JAPAN + ".json.k3j2h1.tmp"),
                annotations.resolve("." + JAPAN + ".json.bak.zz9.tmp"), data.resolve(".categories.json.abc.tmp"),
                data.resolve(".categories.json.bak.q1.tmp"));
        List<Path> others = List.of(data.resolve(".library.properties.x1.tmp"), annotations.resolve("notes.txt"),
                annotations.resolve(JAPAN + ".json.corrupt-20260101T000000Z"));
        for (Path p : Stream.concat(debris.stream(), others.stream()).toList()) {
            Files.writeString(p, "{\"half", StandardCharsets.UTF_8);
        }

        JsonAnnotationStore store = open();

        assertThat(debris).allMatch(p -> !Files.exists(p));
        assertThat(others).allMatch(Files::exists);
        assertThat(store.forBriefing(JAPAN)).hasSize(1);
        assertThat(store.repairs()).isEmpty();
    }

    @Test
    void stampsNameEachAnnotatedBriefingAndChangeWithEveryWriteEvenOfTheSameSize() throws IOException {
        JsonAnnotationStore store = open();
        assertThat(store.stamps()).isEmpty();
        Annotation first = note(JAPAN, "aaaa", 1);
        store.save(first);
        store.save(note(OIL, "oil", 2));
        java.util.Map<String, String> before = store.stamps();
        assertThat(before).containsOnlyKeys(JAPAN, OIL);

        // Same length of note, so the same file size, written at once: the new file's identity still differs.
        store.save(first.withBody(Optional.of("bbbb"), List.of(), Optional.empty(), first.modified()));
        java.util.Map<String, String> after = open().stamps();

        assertThat(Files.size(file(JAPAN))).as("same size").isEqualTo(Long.parseLong(before.get(JAPAN).split(":")[0]));
        assertThat(after.get(JAPAN)).isNotEqualTo(before.get(JAPAN));
        assertThat(after.get(OIL)).isEqualTo(before.get(OIL));
    }

    @Test
    void idsThatAreNoFileNamesAreRefused() throws IOException {
        JsonAnnotationStore store = open();

        assertThatThrownBy(() -> store.forBriefing("../briefings/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.saveAll("A B", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
