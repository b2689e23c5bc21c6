package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataLineParserTest {
    private final MetadataLineParser parser = new MetadataLineParser();

    @Test
    void gluedReadTimeDateTimeAndZone() {
        MetadataLine line = parser.parse("7 MINS READMay 25, 2018 | 08:30 GMT").orElseThrow();
        assertThat(line.readTime()).contains(Duration.ofMinutes(7));
        assertThat(line.published()).contains(ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneId.of("GMT")));
        assertThat(line.byline()).isEmpty();
        assertThat(line.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "May 25, 2018                                  | 2018-05-25",
        "25 May 2018                                   | 2018-05-25",
        "2018-05-25                                    | 2018-05-25",
        "Sept. 3rd, 2019                               | 2019-09-03",
        "Published on Friday, 25th May 2018            | 2018-05-25",
        "Updated: Dec 1, 2020                          | 2020-12-01"})
    void datesInTheCommonWritings(String text, LocalDate expected) {
        assertThat(parser.parse(text).flatMap(MetadataLine::published)).map(ZonedDateTime::toLocalDate)
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "May 25, 2018 08:30 UTC             | 2018-05-25T08:30Z[UTC]",
        "2018-05-25T08:30Z                  | 2018-05-25T08:30Z",
        "May 25, 2018, 8:30 PM EST          | 2018-05-25T20:30-05:00",
        "May 25, 2018 10:00 a.m. ET         | 2018-05-25T10:00-04:00[America/New_York]",
        "Jan 5, 2018 10:00 a.m. ET          | 2018-01-05T10:00-05:00[America/New_York]",
        "25 May 2018 12:15 am BST           | 2018-05-25T00:15+01:00",
        "2018-05-25 08:30 +05:30            | 2018-05-25T08:30+05:30",
        "May 25, 2018 · 08:30 GMT+2         | 2018-05-25T08:30+02:00[GMT+02:00]",
        "May 25, 2018                       | 2018-05-25T00:00Z"})
    void timesAndZones(String text, String expected) {
        assertThat(parser.parse(text).flatMap(MetadataLine::published)).contains(ZonedDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5 min read | 5", "12 minute read | 12", "Reading time: 3 minutes | 3",
        "7-minute read | 7", "4 MINS READ | 4"})
    void readingTimes(String text, long minutes) {
        assertThat(parser.parse(text).flatMap(MetadataLine::readTime)).contains(Duration.ofMinutes(minutes));
    }

    @Test
    void bylineAloneOrWithADate() {
        assertThat(parser.parse("By Jane Doe").flatMap(MetadataLine::byline)).contains("Jane Doe");
        MetadataLine line = parser.parse("By Jane Doe & John O'Roe | May 25, 2018").orElseThrow();
        assertThat(line.byline()).contains("Jane Doe & John O'Roe");
        assertThat(line.published()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The talks on May 25, 2018 failed.",
        "Japanese Prime Minister Shinzo Abe watch a judo performance in Tokyo on Dec. 16, 2016.",
        "London, May 25, 2018", "February 30, 2018", "Quarterly Results", "08:30 GMT", "by the river", ""})
    void linesThatAreNotMetadata(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void unknownZoneIsUtcWithAWarning() {
        MetadataLine line = parser.parse("May 25, 2018 08:30 IST").orElseThrow();
        assertThat(line.published()).contains(ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(line.warnings()).singleElement().asString().contains("\"IST\"");
    }

    @Test
    void impossibleTimeKeepsTheDateWithAWarning() {
        MetadataLine line = parser.parse("May 25, 2018 27:30 GMT").orElseThrow();
        assertThat(line.published()).map(ZonedDateTime::toLocalDate).contains(LocalDate.of(2018, 5, 25));
        assertThat(line.warnings()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR", "ja-JP", "ar-SA"})
    void englishMonthsWhateverTheDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            Optional<MetadataLine> line = new MetadataLineParser().parse("7 MINS READMay 25, 2018 | 08:30 GMT");
            assertThat(line.flatMap(MetadataLine::published)).map(ZonedDateTime::toLocalDate)
                    .contains(LocalDate.of(2018, 5, 25));
            assertThat(line.flatMap(MetadataLine::readTime)).contains(Duration.ofMinutes(7));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void mentionsDateSeesDaysWithoutAYearAndWeekdays() {
        assertThat(parser.mentionsDate("Tuesday, 1 March")).isTrue();
        assertThat(parser.mentionsDate("Saturday 20 November")).isTrue();
        assertThat(parser.mentionsDate("Deadline of March 15")).isTrue();
        assertThat(parser.mentionsDate("The 2024 HSR Rule")).isFalse();
        assertThat(parser.mentionsDate("The Sun Rises")).isFalse();
    }

    @Test
    void firstMentionWinsWhenHeaderLinesMerge() {
        MetadataLine first = parser.parse("By Jane Doe").orElseThrow();
        MetadataLine second = parser.parse("By John Roe | May 25, 2018").orElseThrow();
        MetadataLine merged = first.merge(second);
        assertThat(merged.byline()).contains("Jane Doe");
        assertThat(merged.published()).isPresent();
    }
}
