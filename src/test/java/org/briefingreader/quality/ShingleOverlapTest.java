package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
    @Test
    void identicalTextsScoreOne() {
        ShingleOverlap o = ShingleOverlap.of("Japan wants closer relations with Russia.", "japan wants closer "
                + "relations, with Russia");

        assertThat(o.f1()).isEqualTo(1.0);
        assertThat(o.truePositives()).isEqualTo(3);
    }

    @Test
    void extraWordsCostPrecisionAndMissingWordsCostRecall() {
        // expected: 6 tokens -> 3 shingles; extracted adds "share this" in front -> 2 extra shingles.
        ShingleOverlap extra = ShingleOverlap.of("share this one two three four five six", "one two three four five six");
        ShingleOverlap missing = ShingleOverlap.of("one two three four", "one two three four five six");

        assertThat(extra.precision()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(extra.recall()).isEqualTo(1.0);
        assertThat(missing.precision()).isEqualTo(1.0);
        assertThat(missing.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(missing.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void repeatedShinglesCountWithMultiplicity() {
        ShingleOverlap o = ShingleOverlap.of("a b c d a b c d", "a b c d");

        assertThat(o.truePositives()).isEqualTo(1);
        assertThat(o.falsePositives()).isEqualTo(4);
        assertThat(o.falseNegatives()).isZero();
    }

    @Test
    void shortTextsAreOneShingleAndEmptyExtractionScoresZero() {
        assertThat(ShingleOverlap.of("Big Picture", "big picture").f1()).isEqualTo(1.0);
        assertThat(ShingleOverlap.of("", "one two three four").f1()).isZero();
        assertThat(ShingleOverlap.of("", "").f1()).isEqualTo(1.0);
    }

    @Test
    void corpusTotalsAddCounts() {
        ShingleOverlap sum = ShingleOverlap.of("a b c d e", "a b c d e").plus(ShingleOverlap.of("x y z w", "p q r s"));

        assertThat(sum).isEqualTo(new ShingleOverlap(2, 1, 1));
        assertThat(sum.f1()).isCloseTo(2.0 / 3, within(1e-9));
    }
}
