package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How metadata values are read: names, dates, sites; the first value given wins. */
class HeaderFieldsTest {
    @Test
    void indexFormNamesAreTurnedAround() {
        HeaderFields f = new HeaderFields();
        f.add("Author(s)", "Dennis, Hannah D.; DiMascio, Jennifer");
        assertThat(f.byline()).contains("Hannah D. Dennis and Jennifer DiMascio");
    }

    @Test
    void namesThatAreNotSlugsOrIndexFormStayAsWritten() {
        assertThat(HeaderFields.name("Jane Doe")).isEqualTo("Jane Doe");
        assertThat(HeaderFields.name("Doe, Jr.")).isEqualTo("Doe, Jr.");
        assertThat(HeaderFields.name("ethan-heppner")).isEqualTo("Ethan Heppner");
    }

    @Test
    void threeNamesAreJoinedWithCommasAndAnd() {
        HeaderFields f = new HeaderFields();
        f.add("authors", List.of("Ann", "Bob", "Cy"));
        assertThat(f.byline()).contains("Ann, Bob and Cy");
    }

    @Test
    void usNumericDatesAreMonthFirst() {
        HeaderFields f = new HeaderFields();
        f.add("Publication Date", "04/13/2026");
        assertThat(f.published()).contains(ZonedDateTime.of(2026, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void writtenDatesAreRead() {
        HeaderFields f = new HeaderFields();
        f.add("Published", "May 25, 2018");
        assertThat(f.published()).contains(ZonedDateTime.of(2018, 5, 25, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void theFirstValueWinsAndUnknownKeysAreNotTaken() {
        HeaderFields f = new HeaderFields();
        assertThat(f.add("Title", "First")).isTrue();
        f.add("headline", "Second");
        assertThat(f.add("Report No.", "98-317")).isFalse();
        assertThat(f.title()).contains("First");
    }

    @Test
    void aSourceUrlGivesItsHost() {
        HeaderFields f = new HeaderFields();
        f.add("Source", "https://www.congress.gov/crs-product/98-317");
        assertThat(f.source()).contains("congress.gov");
        assertThat(HeaderFields.site("Example Media")).isEqualTo("Example Media");
    }

    @Test
    void tagsComeFromAListOrASeparatedString() {
        HeaderFields f = new HeaderFields();
        f.add("Topics", "Energy & Natural Resources; Science");
        assertThat(f.tags()).containsExactly("Energy & Natural Resources", "Science");
    }
}
