package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefingreader.domain.BriefingStore;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.json.JsonBriefingParser;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonBriefingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets one clear line naming its file; the rest of the batch imports; nothing already
 * stored changes. Real files, real parsers, a real store on disk.
 */
class BadInputTest {
    private static final long LIMIT = 64 * 1024;
    private static final String GOOD_TEXT = "A Good Briefing\n\nMay 2, 2020\n\nIt has a lede paragraph of text.\n";

    @TempDir
    Path tmp;

    private Path inbox;
    private Path storeDir;
    private BriefingStore store;
    private ImportService importer;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        storeDir = tmp.resolve("library");
        store = new JsonBriefingStore(storeDir);
        // The OS cannot be made to refuse a read to root (tests run as root): the loader's byte source can.
        SourceLoader loader = new SourceLoader(LIMIT, file -> {
            if (file.getFileName().toString().startsWith("locked")) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.newInputStream(file);
        });
        BriefingFormats formats = new BriefingFormats(List.of(
                new BriefingFormats.Format(new PlainTextBriefingParser(loader, SectionKindTable.defaults()),
                        List.of(".txt", ".text")),
                new BriefingFormats.Format(new JsonBriefingParser(loader), List.of(".json"))));
        importer = new ImportService(formats, store);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(inbox.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private FileResult importOne(Path file) {
        return importer.importOne(file);
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        FileResult r = importOne(write("empty.txt", new byte[0]));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).startsWith(inbox.resolve("empty.txt").toString()).contains("empty");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        FileResult r = importOne(write("picture.txt", png));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).contains("picture.txt").contains("binary");
    }

    @Test
    void windows1252BytesAreReadWithAWarning() throws IOException {
        byte[] bytes = "Caf\u00e9 Talks \u2014 A Briefing\n\nThe \u201cdeal\u201d was struck in the caf\u00e9.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        FileResult r = importOne(write("cp1252.txt", bytes));
        assertThat(r.failed()).isFalse();
        assertThat(r.warnings()).singleElement().asString().contains("cp1252.txt").contains("windows-1252");
        var stored = store.get(r.briefingId().orElseThrow()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Caf\u00e9 Talks \u2014 A Briefing");
        assertThat(stored.lede().get(0).text()).contains("\u201cdeal\u201d");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        String big = "Big\n\n" + "word ".repeat((int) (LIMIT / 5) + 10);
        FileResult r = importOne(write("big.txt", big));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).contains("big.txt").contains("over the 64.0 KB size limit");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        FileResult r = importOne(write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\" \"oops\"\n}\n"));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).startsWith(inbox.resolve("broken.json") + ":3:").doesNotContain("\n");
    }

    @Test
    void wrongSchemaVersionIsRefused() throws IOException {
        FileResult r = importOne(write("future.json", "{\"schemaVersion\": 99, \"title\": \"From the future\"}"));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).contains("future.json").contains("schemaVersion").contains("99");
    }

    @Test
    void unknownExtensionIsRefusedWhenNamed() throws IOException {
        FileResult r = importOne(write("slides.pptx", "not really"));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).contains("slides.pptx").contains("unsupported file type \".pptx\"")
                .contains(".txt").contains(".json");
    }

    @Test
    void unreadableFileIsRefused() throws IOException {
        FileResult r = importOne(write("locked.txt", GOOD_TEXT));
        assertThat(r.failed()).isTrue();
        assertThat(r.message()).contains("locked.txt").contains("permission denied");
    }

    @Test
    void symlinkLoopInAFolderIsReportedNotFollowed() throws IOException {
        Path sub = Files.createDirectories(inbox.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), inbox);
        write("good.txt", GOOD_TEXT);
        ImportReport report = importer.importAll(List.of(inbox), ImportListener.NONE);
        assertThat(report.results()).filteredOn(FileResult::failed).singleElement()
                .extracting(FileResult::message).asString().contains("loop").contains("symbolic link");
        assertThat(report.count(FileResult.Status.ADDED)).isEqualTo(1);
    }

    @Test
    void aBatchWithEveryKindOfBadFileImportsTheGoodOnesAndLosesNothing() throws IOException {
        // Something already stored, whose file must come through byte for byte.
        Path before = write("earlier.txt", "Earlier Briefing\n\nJune 1, 2019\n\nAlready in the library.\n");
        FileResult earlier = importOne(before);
        Files.delete(before);
        Map<Path, byte[]> storedBefore = snapshot(storeDir);

        write("empty.txt", new byte[0]);
        write("binary.txt", new byte[] {1, 0, 2, 0, 3});
        write("broken.json", "{ \"schemaVersion\": 1, ");
        write("future.json", "{\"schemaVersion\": 2, \"title\": \"t\"}");
        write("locked.txt", GOOD_TEXT);
        write("big.txt", "Big\n\n" + "x".repeat((int) LIMIT + 1));
        write("notes.docx", "skipped in a folder walk");
        write("good.txt", GOOD_TEXT);
        Files.createDirectories(inbox.resolve("deeper"));
        write("deeper/other.txt", "Another Good One\n\nIt too has a lede.\n");

        ImportReport report = importer.importAll(List.of(inbox), ImportListener.NONE);

        assertThat(report.results()).filteredOn(FileResult::failed).extracting(r -> r.file().getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "binary.txt", "broken.json", "future.json", "locked.txt",
                        "big.txt");
        assertThat(report.results()).filteredOn(FileResult::failed)
                .allSatisfy(r -> assertThat(r.message()).doesNotContain("\n").contains(r.file().toString()));
        assertThat(report.count(FileResult.Status.ADDED)).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(store.list()).hasSize(3);
        Map<Path, byte[]> storedAfter = snapshot(storeDir);
        Path earlierFile = storeDir.resolve(earlier.briefingId().orElseThrow() + ".json");
        assertThat(storedAfter.get(earlierFile)).isEqualTo(storedBefore.get(earlierFile));
        try (var files = Files.list(storeDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".json"));
        }
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.put(p, in.readAllBytes());
                }
            }
        }
        return files;
    }
}
