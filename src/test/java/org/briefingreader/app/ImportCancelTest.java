package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonBriefingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling an import between files: what was imported stays, nothing after the cancel is read. */
class ImportCancelTest {
    @TempDir
    Path tmp;

    private Path inbox;
    private JsonBriefingStore store;
    private ImportService importer;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        store = new JsonBriefingStore(tmp.resolve("library"));
        SourceLoader loader = new SourceLoader(64 * 1024);
        importer = new ImportService(new BriefingFormats(List.of(new BriefingFormats.Format(
                new PlainTextBriefingParser(loader, SectionKindTable.defaults()), List.of(".txt")))), store);
        for (int i = 1; i <= 4; i++) {
            Files.writeString(inbox.resolve("b" + i + ".txt"), "Briefing Number " + i + "\n\nMay " + i
                    + ", 2020\n\nIts lede paragraph, number " + i + ".\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void cancellingAfterTheSecondFileKeepsTwoAndReadsNoMore() throws IOException {
        List<Path> started = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void fileDone(int count, int total, FileResult result) {
                done.add(count);
            }

            @Override
            public void fileStarting(int number, int total, Path file) {
                started.add(file.getFileName());
            }
        };

        ImportReport report = importer.importAll(List.of(inbox), listener, () -> done.size() >= 2);

        assertThat(report.results()).extracting(FileResult::status)
                .containsExactly(FileResult.Status.ADDED, FileResult.Status.ADDED);
        assertThat(started).containsExactly(Path.of("b1.txt"), Path.of("b2.txt"));
        assertThat(store.list()).hasSize(2);
    }

    @Test
    void withoutACancelEveryFileIsTriedAndAnnouncedBeforeItIsRead() {
        List<String> events = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void fileDone(int count, int total, FileResult result) {
                events.add("done " + count + "/" + total);
            }

            @Override
            public void fileStarting(int number, int total, Path file) {
                events.add("start " + number + "/" + total + " " + file.getFileName());
            }
        };

        ImportReport report = importer.importAll(List.of(inbox), listener, () -> false);

        assertThat(report.count(FileResult.Status.ADDED)).isEqualTo(4);
        assertThat(events).startsWith("start 1/4 b1.txt", "done 1/4", "start 2/4 b2.txt").endsWith("done 4/4");
    }
}
