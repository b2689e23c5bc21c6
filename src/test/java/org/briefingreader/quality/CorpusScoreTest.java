package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorpusScoreTest {
    private static final Optional<ZonedDateTime> MAY_25 =
            Optional.of(ZonedDateTime.of(2018, 5, 25, 8, 0, 0, 0, ZoneOffset.UTC));

    @Test
    void figuresAreSummedOverPages() {
        Expected withBody = new Expected(Optional.of("Alpha"), Optional.of(ExpectedDate.parse("2018-05-25")),
                Optional.of(List.of("One", "Two")), Optional.of("one two three four five"), "t");
        Expected noDate = new Expected(Optional.of("Beta"), Optional.empty(), Optional.of(List.of("Three")),
                Optional.of("six seven eight nine"), "t");
        PageScore perfect = PageScore.of("c", "a", withBody, QualityFixtures.briefing("Alpha", MAY_25,
                List.of("one two three four five"), QualityFixtures.sections()));
        PageScore dateWhereNoneExpected = PageScore.of("c", "b", noDate, QualityFixtures.briefing("Beta", MAY_25,
                List.of(), QualityFixtures.sections("Three", List.of("six seven eight nine"))));
        PageScore failed = PageScore.failed("c", "c", withBody, "refused");

        CorpusScore s = CorpusScore.of("c", List.of(perfect, dateWhereNoneExpected, failed));

        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.titlesRight()).isEqualTo(2);
        assertThat(s.titleAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.datesRight()).isEqualTo(1);
        assertThat(s.datesUnexpected()).isEqualTo(1);
        assertThat(s.dateAccuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(s.headings()).isEqualTo(new HeadingMatch(1, 1, 5));
        assertThat(s.bodyPages()).isEqualTo(3);
        // body micro: page a 2 shingles right; page b "three six seven eight nine" vs "six seven eight nine":
        // 1 right, 1 extra; page c: 2 missed.
        assertThat(s.body()).isEqualTo(new ShingleOverlap(3, 1, 2));
        assertThat(s.bodyMeanF1()).isCloseTo((1.0 + 2 * 0.5 * 1 / 1.5 + 0) / 3, within(1e-9));
        // benchmark: precision over the 2 pages that extracted something (1 and 0.5), recall over all 3 (1, 1, 0)
        assertThat(s.bodyBenchmark().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.bodyBenchmark().recall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void noPagesGiveZeroesNotErrors() {
        CorpusScore s = CorpusScore.of("empty", List.of());

        assertThat(s.titleAccuracy()).isZero();
        assertThat(s.dateAccuracy()).isZero();
        assertThat(s.bodyMeanF1()).isZero();
    }
}
