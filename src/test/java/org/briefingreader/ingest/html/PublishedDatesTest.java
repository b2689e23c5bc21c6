package org.briefingreader.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-07-10T09:53:00-04:00       | 2015-07-10T13:53:00Z",
        "2019-01-03T07:00:02.000Z        | 2019-01-03T07:00:02Z",
        "2017-01-18T23:00:00-0800        | 2017-01-19T07:00:00Z",
        "2018-12-21T12:55+01             | 2018-12-21T11:55:00Z",
        "2017-11-03 03:01:00.000000      | 2017-11-03T03:01:00Z",
        "2018-04-05T06:00                | 2018-04-05T06:00:00Z",
        "Tue, 3 Jun 2008 11:05:30 GMT    | 2008-06-03T11:05:30Z",
        "1546498802                      | 2019-01-03T07:00:02Z",
        "1546498802000                   | 2019-01-03T07:00:02Z",
    })
    void isoRfcAndEpochShapesNameTheSameInstant(String raw, String instant) {
        assertThat(PublishedDates.parse(raw)).map(ZonedDateTime::toInstant).hasValue(java.time.Instant.parse(instant));
    }

    @Test
    void anOffsetGivenOnThePageIsKeptAsGiven() {
        assertThat(PublishedDates.parse("2015-07-10T09:53:00-04:00")).map(ZonedDateTime::getOffset)
                .hasValue(ZoneOffset.ofHours(-4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-03-10", "20170310", "March 10, 2017", "10 March 2017", "Mar. 10th, 2017"})
    void aDateWithoutTimeIsTheStartOfThatDayInUtc(String raw) {
        assertThat(PublishedDates.parse(raw)).hasValue(ZonedDateTime.of(2017, 3, 10, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aWrittenDateWithTimeAndZoneIsRead() {
        assertThat(PublishedDates.parse("Published March 11, 2015 3:46 PM GMT")).map(ZonedDateTime::toInstant)
                .hasValue(java.time.Instant.parse("2015-03-11T15:46:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "-0001-11-30T00:00:00+00:00", "0000-00-00 00:00:00",
        "2017-02-30", "1850-01-01", "Posted by kovarex on the forum", "12:55 AM"})
    void placeholdersAndNonDatesAreNotDates(String raw) {
        assertThat(PublishedDates.parse(raw)).isEmpty();
    }

    @Test
    void nullIsNoDate() {
        assertThat(PublishedDates.parse(null)).isEmpty();
    }
}
