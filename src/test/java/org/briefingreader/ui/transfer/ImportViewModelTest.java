package org.briefingreader.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.briefingreader.app.ImportService;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import ViewModel on a real importer and library folder, without a toolkit. */
class ImportViewModelTest {
    @TempDir
    Path tmp;

    private Path inbox;
    private JsonBriefingStore store;
    private ImportService importer;
    /** What the progress said after each update the import's thread handed over. */
    private final List<String> progressSeen = new ArrayList<>();
    private ImportViewModel model;
    /** Run after each update, as a user acting while the import goes on would. */
    private Runnable afterUpdate = () -> { };

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        store = new JsonBriefingStore(tmp.resolve("library"));
        importer = ImportFixture.importer(store);
        Executor ui = update -> {
            update.run();
            progressSeen.add(model.doneProperty().get() + "/" + model.totalProperty().get() + " "
                    + model.currentFileProperty().get());
            afterUpdate.run();
        };
        model = new ImportViewModel(() -> importer, new InlineBackgroundRunner(), ui);
    }

    private void fourGoodFiles() throws IOException {
        for (int n = 1; n <= 4; n++) {
            ImportFixture.goodBriefing(inbox, "b" + n + ".txt", n);
        }
    }

    @Test
    void progressCountsEachFileAndNamesTheOneBeingRead() throws IOException {
        ImportFixture.goodBriefing(inbox, "b1.txt", 1);
        ImportFixture.goodBriefing(inbox, "b2.txt", 2);

        assertThat(model.start(List.of(inbox))).isTrue();

        assertThat(progressSeen).containsExactly("0/2 b1.txt", "1/2 b1.txt", "1/2 b2.txt", "2/2 b2.txt");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.currentFileProperty().get()).isEmpty();
    }

    @Test
    void cancelStopsAfterTheFileBeingImported() throws IOException {
        fourGoodFiles();
        List<ImportOutcome> outcomes = new ArrayList<>();
        model.onFinished(outcomes::add);
        afterUpdate = () -> {
            if (model.currentFileProperty().get().equals("b2.txt") && !model.cancellingProperty().get()
                    && model.runningProperty().get()) {
                model.cancel();
            }
        };

        model.start(List.of(inbox));

        assertThat(store.list()).extracting(b -> b.title()).containsExactlyInAnyOrder("Briefing 1", "Briefing 2");
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.cancelled()).isTrue());
        assertThat(model.summaryProperty().get()).isEqualTo("Import cancelled after 2 of 4 files: 2 added.");
        assertThat(model.progressProperty().get()).as("the bar stays where it stopped").isEqualTo(0.5);
        assertThat(model.cancellingProperty().get()).isFalse();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void badFilesAreListedByNameWithTheirOneLineReason() throws IOException {
        ImportFixture.goodBriefing(inbox, "good.txt", 1);
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.writeString(inbox.resolve("broken.json"), "{\"title\": ", StandardCharsets.UTF_8);

        model.start(List.of(inbox));

        assertThat(model.problems()).extracting(ImportProblem::name).containsExactly("broken.json", "empty.txt");
        assertThat(model.problems()).allSatisfy(problem -> {
            assertThat(problem.failed()).isTrue();
            assertThat(problem.reason()).doesNotContain(inbox.toString()).doesNotContain("\n");
            assertThat(problem.line()).startsWith(problem.file() + ": ");
        });
        assertThat(model.problems().get(1).reason()).containsIgnoringCase("empty");
        assertThat(model.problems().get(0).reason()).startsWith("line 1, column ");
        assertThat(model.summaryProperty().get()).isEqualTo("Import finished: 1 added, 2 failed.");
    }

    @Test
    void theSummaryCountsUnchangedAndSkippedFilesAsTheCommandLineDoes() throws IOException {
        fourGoodFiles();
        Files.writeString(inbox.resolve("picture.png"), "not a briefing", StandardCharsets.UTF_8);
        model.start(List.of(inbox));
        assertThat(model.summaryProperty().get())
                .isEqualTo("Import finished: 4 added, 1 skipped (not briefings).");

        ImportFixture.goodBriefing(inbox, "b5.txt", 5);
        model.start(List.of(inbox));

        assertThat(model.summaryProperty().get())
                .isEqualTo("Import finished: 1 added, 4 unchanged, 1 skipped (not briefings).");
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void aSecondImportIsRefusedWhileOneRuns() throws IOException {
        ImportFixture.goodBriefing(inbox, "b1.txt", 1);
        QueuedBackgroundRunner queued = new QueuedBackgroundRunner();
        ImportViewModel waiting = new ImportViewModel(() -> importer, queued, Runnable::run);

        assertThat(waiting.start(List.of(inbox))).isTrue();
        assertThat(waiting.runningProperty().get()).isTrue();
        assertThat(waiting.progressProperty().get()).as("indeterminate while walking").isNegative();
        assertThat(waiting.start(List.of(inbox))).isFalse();
        assertThat(queued.waiting()).isEqualTo(1);

        queued.runAll();
        assertThat(waiting.runningProperty().get()).isFalse();
        assertThat(waiting.summaryProperty().get()).isEqualTo("Import finished: 1 added.");
        assertThat(waiting.start(List.of())).as("nothing to import").isFalse();
    }

    @Test
    void anImporterThatCannotOpenIsSaidPlainly() {
        List<Throwable> failures = new ArrayList<>();
        ImportViewModel without = new ImportViewModel(ImportAccess.NONE, new InlineBackgroundRunner(), Runnable::run);
        without.onFailed(failures::add);

        without.start(List.of(inbox));

        assertThat(failures).hasSize(1);
        assertThat(without.failedProperty().get()).isTrue();
        assertThat(without.summaryProperty().get()).startsWith("Could not import: ").contains("not available");
        assertThat(without.runningProperty().get()).isFalse();
        assertThat(without.progressProperty().get()).isZero();
    }

    @Test
    void warningsAreListedApartFromFailures() throws IOException {
        ImportFixture.goodBriefing(inbox, "first.txt", 1);
        Path sub = Files.createDirectories(inbox.resolve("sub"));
        // Same title and date, other text: the second replaces the first within the batch, which is worth a warning.
        Files.writeString(sub.resolve("second.txt"), "Briefing 1\n\nMay 1, 2020\n\nAnother lede altogether.\n",
                StandardCharsets.UTF_8);

        model.start(List.of(inbox.resolve("first.txt"), sub));

        assertThat(model.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.failed()).isFalse();
            assertThat(problem.name()).isEqualTo("second.txt");
            assertThat(problem.line()).contains(": warning: ").contains("same identity");
        });
        assertThat(model.summaryProperty().get()).isEqualTo("Import finished: 1 added, 1 replaced.");
    }
}
