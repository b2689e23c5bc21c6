package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.briefingreader.ProductFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fails when import quality on the development corpora falls below its floors: runs the import-quality tool's core
 * ({@link ImportQualityRun}) through the app's own formats on every corpus present under {@code ../shared/corpus},
 * skipping when none is.
 *
 * <p>The floors are the figures of {@code docs/import-quality.md} rounded down a little; raise them when an importer
 * gets better, so a later change cannot quietly undo it. A body floor of zero means the corpus has no
 * expected body text.
 */
class ImportQualityGateTest {
    /**
     * The least a corpus must score: shares of documents imported, of titles right and of dates right (as
     * {@link CorpusScore} counts them), heading F1 (micro) and body F1 as the article-extraction benchmark reports it
     * ({@link BenchmarkBodyScore}, the figure the aim of 0.947 is about), each 0..1.
     */
    record Floors(double imported, double title, double date, double headingF1, double bodyF1) {
        static final Floors NONE = new Floors(0, 0, 0, 0, 0);
    }

    static final Map<String, Floors> FLOORS = Map.of(
            QualityCorpora.READABILITY, new Floors(0.96, 0.87, 0.94, 0.94, 0.955),
            QualityCorpora.BROOKINGS, new Floors(1.0, 1.0, 1.0, 0.88, 0.965),
            QualityCorpora.CRS, new Floors(1.0, 1.0, 1.0, 0.89, 0),
            QualityCorpora.EIGHTEEN_F, new Floors(1.0, 0.985, 0.99, 0.98, 0));

    /** Documents per corpus, so a corpus that shrinks or an unreadable expected file shows here, not as a "gain". */
    static final Map<String, Integer> DOCUMENTS = Map.of(
            QualityCorpora.READABILITY, 65,
            QualityCorpora.BROOKINGS, 10,
            QualityCorpora.CRS, 46,
            QualityCorpora.EIGHTEEN_F, 509);

    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private static ImportQualityRun run;

    @BeforeAll
    static void measure() throws IOException {
        List<String> skipped = new ArrayList<>();
        List<QualityCorpus> corpora = QualityCorpora.under(Path.of("../shared/corpus"), skipped::add);
        skipped.forEach(System.out::println);
        run = ImportQualityRun.of(ProductFormats.of(MAX_BYTES), corpora);
    }

    @Test
    void everyCorpusPresentIsMeasuredWhole() {
        assumeFalse(run.pages().isEmpty(), "no corpus under ../shared/corpus; nothing to gate");
        Map<String, CorpusScore> scores = run.byCorpus();
        SoftAssertions soft = new SoftAssertions();
        scores.forEach((name, score) -> soft.assertThat(score.pages()).as(name + " documents")
                .isEqualTo(DOCUMENTS.get(name)));
        if (scores.containsKey(QualityCorpora.CRS)) {
            soft.assertThat(scores.get(QualityCorpora.CRS).headingPages()).as("crs-dev documents with headings known "
                    + "(Contents list or hand label)").isEqualTo(DOCUMENTS.get(QualityCorpora.CRS));
        }
        if (scores.containsKey(QualityCorpora.BROOKINGS)) {
            soft.assertThat(scores.get(QualityCorpora.BROOKINGS).bodyPages()).as("brookings-html labelled bodies")
                    .isEqualTo(DOCUMENTS.get(QualityCorpora.BROOKINGS));
        }
        soft.assertAll();
    }

    @Test
    void noCorpusFallsBelowItsFloors() {
        assumeFalse(run.pages().isEmpty(), "no corpus under ../shared/corpus; nothing to gate");
        SoftAssertions soft = new SoftAssertions();
        run.byCorpus().forEach((name, s) -> {
            Floors f = FLOORS.get(name);
            assertThat(f).as("floors for " + name).isNotNull();
            soft.assertThat((double) s.imported() / s.pages()).as(name + " share imported")
                    .isGreaterThanOrEqualTo(f.imported());
            soft.assertThat(s.titleAccuracy()).as(name + " title accuracy").isGreaterThanOrEqualTo(f.title());
            soft.assertThat(s.dateAccuracy()).as(name + " date accuracy").isGreaterThanOrEqualTo(f.date());
            if (s.headingPages() > 0) {
                soft.assertThat(s.headings().f1()).as(name + " heading F1").isGreaterThanOrEqualTo(f.headingF1());
            }
            if (s.bodyPages() > 0) {
                soft.assertThat(s.bodyBenchmark().f1()).as(name + " body F1 (benchmark)")
                        .isGreaterThanOrEqualTo(f.bodyF1());
            }
        });
        soft.assertAll();
    }
}
