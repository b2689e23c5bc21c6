package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingMatchTest {
    @Test
    void hitsAreCountedInNormalisedFormWhateverTheOrder() {
        HeadingMatch m = HeadingMatch.of(List.of("The History", "the big  picture", "Share this"),
                List.of("The Big Picture", "The History", "Outlook", "What Japan Wants"));

        assertThat(m.hits()).isEqualTo(2);
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(m.f1()).isCloseTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), within(1e-9));
    }

    @Test
    void aHeadingFoundTwiceButExpectedOnceIsOneHitAndOneExtra() {
        HeadingMatch m = HeadingMatch.of(List.of("Overview", "Overview"), List.of("Overview"));

        assertThat(m.hits()).isEqualTo(1);
        assertThat(m.found()).isEqualTo(2);
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void noneFoundWhereSomeExpectedScoresZero() {
        HeadingMatch m = HeadingMatch.of(List.of(), List.of("Overview"));

        assertThat(m.recall()).isZero();
        assertThat(m.f1()).isZero();
    }

    @Test
    void noneFoundWhereNoneExpectedIsPerfect() {
        assertThat(HeadingMatch.of(List.of(), List.of()).f1()).isEqualTo(1.0);
    }

    @Test
    void countsAddUpForAMicroFigure() {
        HeadingMatch sum = HeadingMatch.of(List.of("A"), List.of("A", "B")).plus(HeadingMatch.of(List.of("C", "D"),
                List.of("C")));

        assertThat(sum).isEqualTo(new HeadingMatch(3, 2, 3));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> new HeadingMatch(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
