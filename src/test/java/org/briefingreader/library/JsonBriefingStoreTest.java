package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore.SaveOutcome;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.json.BriefingJson;
import org.briefingreader.json.SampleBriefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBriefingStoreTest {
    @TempDir
    Path root;

    private Path dir() {
        return root.resolve("library").resolve("briefings");
    }

    @Test
    void openingCreatesTheFolder() throws IOException {
        new JsonBriefingStore(dir());

        assertThat(dir()).isDirectory();
    }

    @Test
    void newBriefingIsAddedAsOneFileNamedByItsId() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing rich = SampleBriefings.rich();

        assertThat(store.save(rich)).isEqualTo(SaveOutcome.ADDED);

        Path file = dir().resolve(rich.id() + ".json");
        assertThat(Files.readAllBytes(file)).isEqualTo(BriefingJson.write(rich));
        assertThat(store.get(rich.id())).contains(rich);
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void sameContentTwiceIsUnchangedAndTheFileIsNotTouched() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing rich = SampleBriefings.rich();
        store.save(rich);
        Path file = dir().resolve(rich.id() + ".json");
        // An old timestamp, so any rewrite shows even on file systems with coarse clocks.
        FileTime old = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
        Files.setLastModifiedTime(file, old);
        byte[] before = Files.readAllBytes(file);

        SaveOutcome outcome = new JsonBriefingStore(dir()).save(SampleBriefings.rich());

        assertThat(outcome).isEqualTo(SaveOutcome.UNCHANGED);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void sameIdWithNewContentIsReplaced() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing first = SampleBriefings.rich();
        Briefing second = withTitleAndHash(first, "A revised title", "sha256:" + "cd".repeat(32));
        store.save(first);

        assertThat(store.save(second)).isEqualTo(SaveOutcome.REPLACED);
        assertThat(store.get(first.id())).contains(second);
    }

    @Test
    void sameHashButDifferentRecordIsReplaced() throws IOException {
        // Same source bytes, different reading (e.g. a newer importer classifies a heading differently).
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing first = SampleBriefings.rich();
        Briefing reclassified = withTitleAndHash(first, first.title() + " (reread)", first.contentHash());
        store.save(first);

        assertThat(store.save(reclassified)).isEqualTo(SaveOutcome.REPLACED);
        assertThat(store.get(first.id())).contains(reclassified);
    }

    @Test
    void sameBytesUnderAnotherFileNameAreUnchanged() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing first = SampleBriefings.rich();
        Briefing copy = first.withOriginalFileName("copy of " + first.originalFileName());
        store.save(first);

        assertThat(store.save(copy)).isEqualTo(SaveOutcome.UNCHANGED);
        assertThat(store.get(first.id())).contains(first);
    }

    @Test
    void getOfAnUnknownIdIsEmpty() throws IOException {
        assertThat(new JsonBriefingStore(dir()).get("nothing-here")).isEmpty();
    }

    @Test
    void listGivesEveryBriefingSortedById() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        for (String id : List.of("charlie", "alpha", "bravo")) {
            store.save(SampleBriefings.withId(SampleBriefings.minimal(), id));
        }

        assertThat(store.list()).extracting(Briefing::id).containsExactly("alpha", "bravo", "charlie");
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void corruptFileIsReportedOnOneLineAndTheOthersStillList() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        store.save(SampleBriefings.rich());
        store.save(SampleBriefings.minimal());
        Path broken = dir().resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"title\": \n", StandardCharsets.UTF_8);

        List<Briefing> listed = store.list();

        assertThat(listed).containsExactly(SampleBriefings.rich(), SampleBriefings.minimal());
        assertThat(store.problems()).singleElement().asString()
                .startsWith(broken + ":4:1: ").doesNotContain("\n");
    }

    @Test
    void unreadableMisnamedAndMismatchedFilesAreEachOneProblem() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        store.save(SampleBriefings.minimal());
        Files.createDirectory(dir().resolve("a-folder.json"));
        Files.write(dir().resolve("Not An Id.json"), BriefingJson.write(SampleBriefings.minimal()));
        Files.write(dir().resolve("other-name.json"), BriefingJson.write(SampleBriefings.minimal()));

        assertThat(store.list()).containsExactly(SampleBriefings.minimal());
        assertThat(store.problems()).hasSize(3).anySatisfy(p -> assertThat(p)
                .startsWith(dir().resolve("a-folder.json") + ": cannot read the file"))
                .anySatisfy(p -> assertThat(p).startsWith(dir().resolve("Not An Id.json") + ": not a briefing file name"))
                .anySatisfy(p -> assertThat(p).isEqualTo(dir().resolve("other-name.json")
                        + ": holds briefing 'plain-notes', but the file name says 'other-name'"));
    }

    @Test
    void problemsAreFromTheLatestListing() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Path broken = dir().resolve("broken.json");
        Files.writeString(broken, "{", StandardCharsets.UTF_8);
        store.list();
        Files.delete(broken);

        store.list();

        assertThat(store.problems()).isEmpty();
    }

    @Test
    void leftoverTempFilesAreDeletedOnOpenAndIgnoredByList() throws IOException {
        Files.createDirectories(dir());
        Path crashed = dir().resolve(".plain-notes.json.k3j2h1.tmp");
        Files.writeString(crashed, "{\"schemaVersion\": 1, \"tit", StandardCharsets.UTF_8);

        JsonBriefingStore store = new JsonBriefingStore(dir());

        assertThat(crashed).doesNotExist();
        Path later = dir().resolve(".other.json.abc.tmp");
        Files.writeString(later, "{", StandardCharsets.UTF_8);
        store.save(SampleBriefings.minimal());
        assertThat(store.list()).containsExactly(SampleBriefings.minimal());
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void writeFailingMidwayLeavesTheOldVersionByteForByteAndNoTemp() throws IOException {
        Briefing first = SampleBriefings.rich();
        new JsonBriefingStore(dir()).save(first);
        Path file = dir().resolve(first.id() + ".json");
        byte[] before = Files.readAllBytes(file);
        List<Path> tempsSeen = new ArrayList<>();
        List<Long> tempSizes = new ArrayList<>();
        JsonBriefingStore failing = new JsonBriefingStore(dir(), temp -> {
            tempsSeen.add(temp);
            tempSizes.add(Files.size(temp));
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> failing.save(withTitleAndHash(first, "New", "sha256:" + "ef".repeat(32))))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(tempsSeen).singleElement().satisfies(temp -> {
            assertThat(temp.getParent()).isEqualTo(dir());
            assertThat(temp.getFileName().toString()).startsWith("." + first.id() + ".json.").endsWith(".tmp");
            assertThat(temp).doesNotExist();
        });
        assertThat(tempSizes).singleElement().satisfies(size -> assertThat(size).isPositive());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(failing.get(first.id())).contains(first);
    }

    @Test
    void failedRenameLeavesNoTemp() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing minimal = SampleBriefings.minimal();
        // A non-empty folder where the file should go: the rename cannot replace it.
        Files.createDirectories(dir().resolve(minimal.id() + ".json").resolve("inside"));

        assertThatThrownBy(() -> store.save(minimal)).isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files).containsExactly(dir().resolve(minimal.id() + ".json"));
        }
    }

    @Test
    void deleteRemovesTheFileAndSaysWhetherThereWasOne() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        store.save(SampleBriefings.minimal());

        assertThat(store.delete("plain-notes")).isTrue();
        assertThat(dir().resolve("plain-notes.json")).doesNotExist();
        assertThat(store.get("plain-notes")).isEmpty();
        assertThat(store.delete("plain-notes")).isFalse();
    }

    @Test
    void idsThatAreNotSafeFileNamesAreRejected() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Path outside = root.resolve("library").resolve("settings.json");
        Files.writeString(outside, "{}", StandardCharsets.UTF_8);

        for (String id : List.of("../settings", "..", "a/b", "", "Upper", "con", "x.json")) {
            assertThatThrownBy(() -> store.delete(id)).as(id).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a valid briefing id");
            assertThatThrownBy(() -> store.get(id)).as(id).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.delete(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outside).exists();
    }

    @Test
    void readersNeverSeeAHalfWrittenFile() throws Exception {
        JsonBriefingStore store = new JsonBriefingStore(dir());
        Briefing small = SampleBriefings.rich();
        Briefing large = big(small);
        store.save(small);
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            int reads = 0;
            while (writing.get() || reads == 0) {
                try {
                    Optional<Briefing> seen = store.get(small.id());
                    assertThat(seen).hasValueSatisfying(b -> assertThat(b).isIn(small, large));
                } catch (IOException e) {
                    throw new AssertionError("a reader saw a broken file: " + e.getMessage(), e);
                }
                reads++;
            }
            return reads;
        });
        try {
            for (int i = 0; i < 20; i++) {
                store.save(i % 2 == 0 ? large : small);
            }
        } finally {
            writing.set(false);
        }

        assertThat(reader.get()).isPositive();
    }

    /** The same briefing with many long paragraphs, so each write takes long enough to be caught mid-way. */
    private static Briefing big(Briefing b) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            paragraphs.add(new Paragraph("long.p" + i, "Paragraph " + i + " — " + "text ".repeat(40)));
        }
        List<Section> sections = new ArrayList<>(b.sections());
        sections.add(new Section("long", "Long", SectionKind.OTHER, paragraphs));
        return new Briefing(b.id(), b.title(), b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                b.captions(), b.summary(), b.lede(), sections, b.originalFileName(), "sha256:" + "12".repeat(32),
                b.copyright());
    }

    private static Briefing withTitleAndHash(Briefing b, String title, String hash) {
        return new Briefing(b.id(), title, b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                b.captions(), b.summary(), b.lede(), b.sections(), b.originalFileName(), hash, b.copyright());
    }
}
