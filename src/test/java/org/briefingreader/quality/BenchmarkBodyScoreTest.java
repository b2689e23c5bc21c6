package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenchmarkBodyScoreTest {
    @Test
    void pagesWeighTheSameWhateverTheirLength() {
        // a long page perfectly extracted, a short one half missed: mean recall 0.75, not the micro 0.99
        BenchmarkBodyScore s = BenchmarkBodyScore.NONE.plus(new ShingleOverlap(1000, 0, 0))
                .plus(new ShingleOverlap(5, 0, 5));

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
    }

    @Test
    void anEmptyExtractionCountsOnlyInRecall() {
        BenchmarkBodyScore s = BenchmarkBodyScore.NONE.plus(new ShingleOverlap(10, 10, 0))
                .plus(ShingleOverlap.of("", "some expected body text here"));

        assertThat(s.precisionPages()).isEqualTo(1);
        assertThat(s.recallPages()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noPagesScoreZero() {
        assertThat(BenchmarkBodyScore.NONE.f1()).isZero();
    }
}
