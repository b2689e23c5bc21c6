package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.ProductFormats;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.ParsedBriefing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportQualityRunTest {
    private static final Path SEED = Path.of("samples/japan-russia-2018.txt");
    private static final Expected SEED_EXPECTED = new Expected(
            Optional.of("Japan Wants Closer Relations With Russia. Good Luck With That."),
            Optional.of(ExpectedDate.parse("2018-05-25")),
            Optional.of(List.of("The Big Picture", "The History", "What Japan and Russia Want",
                    "Tokyo's Unambitious Plan", "Little Progress", "Why There's Been No Progress",
                    "How It Will Play Out")),
            Optional.empty(), "read by hand from the seed");

    @TempDir
    Path dir;

    @Test
    void theSeedImportsRightThroughTheProductsFormats() throws IOException {
        Path seed = Files.copy(SEED, dir.resolve("japan-russia-2018.txt"));
        QualityCorpus corpus = new QualityCorpus("seed", dir, List.of(seed), file -> SEED_EXPECTED);

        ImportQualityRun run = ImportQualityRun.of(ProductFormats.of(1 << 20), List.of(corpus));

        PageScore page = run.pages().get(0);
        assertThat(page.failure()).isEmpty();
        assertThat(page.file()).isEqualTo("japan-russia-2018.txt");
        assertThat(page.titleRight()).isTrue();
        assertThat(page.date()).isEqualTo(DateOutcome.RIGHT);
        assertThat(page.missed()).isEmpty();
        assertThat(run.byCorpus().get("seed").imported()).isEqualTo(1);
    }

    @Test
    void aFileNoReaderTakesCountsAsAFailedImportOfItsCorpus() throws IOException {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4", StandardCharsets.UTF_8);
        Path seed = Files.copy(SEED, dir.resolve("seed.txt"));
        QualityCorpus corpus = new QualityCorpus("mixed", dir, List.of(pdf, seed), file -> SEED_EXPECTED);

        ImportQualityRun run = ImportQualityRun.of(ProductFormats.of(1 << 20), List.of(corpus));

        assertThat(run.pages()).hasSize(2);
        assertThat(run.pages().get(0).failure().orElseThrow()).contains("unsupported file type \".pdf\"");
        CorpusScore score = run.byCorpus().get("mixed");
        assertThat(score.pages()).isEqualTo(2);
        assertThat(score.imported()).isEqualTo(1);
        assertThat(score.titlesRight()).isEqualTo(1);
    }

    @Test
    void anImporterCrashIsAFailureAndTheOtherFilesAreStillMeasured() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "x", StandardCharsets.UTF_8);
        Path b = Files.copy(SEED, dir.resolve("b.txt"));
        BriefingParser real = ProductFormats.of(1 << 20);
        BriefingParser crashesOnA = new BriefingParser() {
            @Override
            public boolean accepts(Path file) {
                return true;
            }

            @Override
            public ParsedBriefing parse(Path file) throws org.briefingreader.domain.BriefingInputException {
                if (file.equals(a)) {
                    throw new IllegalStateException("boom");
                }
                return real.parse(file);
            }
        };
        QualityCorpus corpus = new QualityCorpus("c", dir, List.of(a, b), file -> SEED_EXPECTED);

        ImportQualityRun run = ImportQualityRun.of(crashesOnA, List.of(corpus));

        assertThat(run.pages().get(0).failure().orElseThrow()).contains("importer crashed", "boom");
        assertThat(run.pages().get(1).failure()).isEmpty();
    }

    @Test
    void corporaAreReportedInTheirOrderWithAnOverallRow() throws IOException {
        Path seed = Files.copy(SEED, dir.resolve("seed.txt"));
        QualityCorpus second = new QualityCorpus("zeta", dir, List.of(seed), file -> SEED_EXPECTED);
        QualityCorpus first = new QualityCorpus("alpha", dir, List.of(seed, seed), file -> SEED_EXPECTED);

        ImportQualityRun run = ImportQualityRun.of(ProductFormats.of(1 << 20), List.of(second, first));

        assertThat(run.byCorpus().keySet()).containsExactly("zeta", "alpha");
        assertThat(run.overall().pages()).isEqualTo(3);
        String table = QualityReport.table(run);
        assertThat(table.lines().toList()).hasSize(5);
        assertThat(table).contains("| zeta | 1 | 1 | 100.0% (1/1) | 100.0% (1/1) | 0 |", "| **all** | 3 | 3 |");
    }

    @Test
    void theDetailFileHasOneRowPerDocumentNamingEachMiss() throws IOException {
        Path seed = Files.copy(SEED, dir.resolve("seed.txt"));
        Expected wrong = new Expected(Optional.of("Another\ttitle"), Optional.empty(),
                Optional.of(List.of("The Big Picture", "A Heading It Lacks")), Optional.of("some expected body"), "t");
        QualityCorpus corpus = new QualityCorpus("c", dir, List.of(seed), file -> wrong);
        ImportQualityRun run = ImportQualityRun.of(ProductFormats.of(1 << 20), List.of(corpus));
        Path detail = dir.resolve("out/pages.tsv");

        QualityReport.writeDetail(run, detail);

        List<String> rows = Files.readAllLines(detail, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(2);
        List<String> cells = new ArrayList<>(List.of(rows.get(1).split("\t", -1)));
        assertThat(cells).hasSize(rows.get(0).split("\t").length);
        assertThat(cells.get(2)).isEqualTo("ok");
        assertThat(cells.get(3)).isEqualTo("no");
        assertThat(cells.get(6)).isEqualTo("UNEXPECTED");
        assertThat(cells.get(12)).isEqualTo("a heading it lacks");
        assertThat(cells.get(13)).contains("the history");
        assertThat(QualityReport.worst(run, 3)).contains("Worst in c:", "seed.txt: body F1 0.000");
    }
}
