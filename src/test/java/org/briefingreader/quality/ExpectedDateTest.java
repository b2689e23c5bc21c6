package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectedDateTest {
    private static final LocalDate DAY = LocalDate.of(2015, 3, 17);

    @Test
    void readsEveryFormTheExpectedFilesUse() {
        assertThat(ExpectedDate.parse("2015-03-17")).isEqualTo(new ExpectedDate(DAY, Optional.empty()));
        assertThat(ExpectedDate.parse("2015-03-17 14:00:00 -4").offset()).contains(ZoneOffset.ofHours(-4));
        assertThat(ExpectedDate.parse("2015-03-17T14:00:00Z").offset()).contains(ZoneOffset.UTC);
        assertThat(ExpectedDate.parse("2015-03-17T14:00:00.000Z").day()).isEqualTo(DAY);
        assertThat(ExpectedDate.parse("2015-03-17T14:00:00+05:30").offset()).contains(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(ExpectedDate.parse("2015-03-17T14:00").offset()).isEmpty();
        assertThat(ExpectedDate.parse("2015-03-17 14:00:00.123456").day()).isEqualTo(DAY);
        assertThat(ExpectedDate.parse("03/17/2015")).isEqualTo(new ExpectedDate(DAY, Optional.empty()));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> ExpectedDate.parse("March 17, 2015")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("March 17, 2015");
        assertThatThrownBy(() -> ExpectedDate.parse("2015-02-30")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameCalendarDayIsRightWhateverTheTime() {
        ExpectedDate d = ExpectedDate.parse("2015-03-17");

        assertThat(d.sameDay(ZonedDateTime.of(2015, 3, 17, 23, 59, 0, 0, ZoneId.of("Asia/Tokyo")))).isTrue();
        assertThat(d.sameDay(ZonedDateTime.of(2015, 3, 18, 0, 1, 0, 0, ZoneOffset.UTC))).isFalse();
    }

    @Test
    void aFoundTimeInAnotherZoneIsJudgedAtTheExpectedOffset() {
        ExpectedDate evening = ExpectedDate.parse("2015-03-17T23:30:00-05:00");

        assertThat(evening.sameDay(ZonedDateTime.of(2015, 3, 18, 4, 30, 0, 0, ZoneOffset.UTC))).isTrue();
        assertThat(evening.sameDay(ZonedDateTime.of(2015, 3, 19, 4, 30, 0, 0, ZoneOffset.UTC))).isFalse();
    }

    @Test
    void judgingGivesEachOutcome() {
        Optional<ExpectedDate> expected = Optional.of(ExpectedDate.parse("2015-03-17"));
        Optional<ZonedDateTime> right = Optional.of(ZonedDateTime.of(2015, 3, 17, 9, 0, 0, 0, ZoneOffset.UTC));
        Optional<ZonedDateTime> wrong = Optional.of(ZonedDateTime.of(2016, 3, 17, 9, 0, 0, 0, ZoneOffset.UTC));

        assertThat(ExpectedDate.judge(right, expected)).isEqualTo(DateOutcome.RIGHT);
        assertThat(ExpectedDate.judge(wrong, expected)).isEqualTo(DateOutcome.WRONG);
        assertThat(ExpectedDate.judge(Optional.empty(), expected)).isEqualTo(DateOutcome.MISSING);
        assertThat(ExpectedDate.judge(Optional.empty(), Optional.empty())).isEqualTo(DateOutcome.RIGHT);
        assertThat(ExpectedDate.judge(right, Optional.empty())).isEqualTo(DateOutcome.UNEXPECTED);
    }
}
