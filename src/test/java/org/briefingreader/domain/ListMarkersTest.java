package org.briefingreader.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListMarkersTest {
    private static Paragraph plain(int n) {
        return new Paragraph("s.p" + n, "plain " + n);
    }

    private static Paragraph item(int n, ListMark mark) {
        return Paragraph.listItem("s.p" + n, "item " + n, mark);
    }

    @Test
    void numbersCountWithinEachRunOfNumberedItems() {
        List<Paragraph> paragraphs = List.of(plain(1), item(2, ListMark.NUMBERED), item(3, ListMark.NUMBERED),
                item(4, ListMark.NUMBERED), plain(5), item(6, ListMark.NUMBERED), item(7, ListMark.NUMBERED));

        assertThat(ListMarkers.of(paragraphs, "•")).containsExactly("", "1.", "2.", "3.", "", "1.", "2.");
    }

    @Test
    void aBulletEndsARunOfNumbers() {
        List<Paragraph> paragraphs = List.of(item(1, ListMark.NUMBERED), item(2, ListMark.NUMBERED),
                item(3, ListMark.BULLET), item(4, ListMark.NUMBERED));

        assertThat(ListMarkers.of(paragraphs, "-")).containsExactly("1.", "2.", "-", "1.");
    }

    @Test
    void paragraphsThatAreNoListItemsHaveNoMark() {
        assertThat(ListMarkers.of(List.of(plain(1), plain(2)), "•")).containsExactly("", "");
        assertThat(ListMarkers.of(List.of(), "•")).isEmpty();
    }
}
