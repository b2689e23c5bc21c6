package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingDetectorTest {
    private static final String BODY = "The ministers met again on Friday and agreed to keep talking next year.";
    private final HeadingDetector detector = new HeadingDetector();

    @ParameterizedTest
    @ValueSource(strings = {"The Big Picture", "The History", "What Japan and Russia Want", "Tokyo's Unambitious Plan",
        "Little Progress", "Why There's Been No Progress", "How It Will Play Out", "Background:",
        "2019 Outlook", "117, 118, and 119 Congresses", "U.S. Policy Toward Russia", "Where Is Cryptocurrency Mined?", "WORLD OF WARCRAFT",
        "Appendix B. Additional Resources", "The\u00A0Big Picture\u00A0", "Обзор Ситуации"})
    void titleLikeLinesLookLikeHeadings(String line) {
        assertThat(detector.looksLikeHeading(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He resigned.", "He resigned", "Key findings", "Talks stalled again", "The government had claimed tobacco firms",
        "\"We will not give up\"", "\u201CNever Again\u201D", "Tuesday, 1 March", "2000 GMT", "LONDON, May 25, 2018",
        "Result: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick", "Russia. Good Luck With That", "What?!", "Really??",
        "Is this the end?", "Result: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2", "See www.example.com For More", "Table 1. Selected Actions Related to Energy",
        "Figure 2: Locations of Mines", "agent provocateur", "- A Bulleted Point", "A",
        "Football Manager 2005 out now for the PC and the Mac",
        "A Very Long Heading With Far Too Many Words To Be A Real Heading In Any Briefing"})
    void sentencesDatelinesQuotesAndListsDoNot(String line) {
        // "Key findings" is the price of refusing "He resigned": sentence case is not title-like.
        assertThat(detector.looksLikeHeading(line)).isFalse();
    }

    @Test
    void headingNeedsBodyTextAfterIt() {
        assertThat(detector.isHeading(blocks(BODY, "The Outlook", BODY), 1)).isTrue();
        assertThat(detector.isHeading(blocks(BODY, "The Outlook"), 1)).isFalse();
        assertThat(detector.isHeading(blocks(BODY, "The Outlook", "Next Steps"), 1)).isFalse();
        assertThat(detector.isHeading(blocks(BODY, "Furry Recyclers", "have already had one big-screen outing."), 1))
                .isFalse();
    }

    @Test
    void headingMayOpenTheBodyOrFollowAList() {
        assertThat(detector.isHeading(blocks("The Outlook", BODY), 0)).isTrue();
        assertThat(detector.isHeading(blocks("• One\n• Two", "The Outlook", BODY), 1)).isTrue();
        assertThat(detector.isHeading(blocks(BODY, "Key Points", "- One\n- Two"), 1)).isTrue();
    }

    @Test
    void runsOfShortLinesAreListsNotHeadings() {
        List<TextBlock> fixtures = blocks(BODY, "Arsenal v Stoke", "Derby v Wigan", "Luton v Hinckley", BODY);
        for (int i = 1; i <= 3; i++) {
            assertThat(detector.isHeading(fixtures, i)).as(fixtures.get(i).text()).isFalse();
        }
    }

    @Test
    void multiLineBlockIsNeverAHeading() {
        assertThat(detector.isHeading(blocks(BODY, "The Big\nPicture", BODY), 1)).isFalse();
    }

    /** Blocks from texts; a text's own line breaks stay inside its block. */
    private static List<TextBlock> blocks(String... texts) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.addAll(TextBlock.split(TextBlock.lines(text), 0));
        }
        return blocks;
    }
}
