package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FooterDetectorTest {
    private static final String BODY = "The ministers met again on Friday and agreed to keep talking next year.";
    private final FooterDetector detector = new FooterDetector();

    @Test
    void footerStartsAtTheLinksBeforeTheCopyright() {
        List<TextBlock> blocks = blocks(BODY, "Article Search", "Copyright © Example Media, LLC. All rights reserved.",
                "Example Worldview", "To empower readers to understand a changing and complex world.");
        FooterDetector.Footer footer = detector.detect(blocks);
        assertThat(footer.start()).isEqualTo(1);
        assertThat(footer.copyright()).contains("Copyright © Example Media, LLC. All rights reserved.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2020 Example Ltd", "(c) Example", "(C) 2019 Example Inc.", "Copyright 2019 Example",
        "All rights reserved.", "Copyright by Example Press"})
    void copyrightLinesInTheirUsualForms(String line) {
        assertThat(detector.detect(blocks(BODY, line)).copyright()).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright law is changing fast, the minister said.", "See section 3(c) of the act.",
        "Article Search"})
    void linesThatOnlyLookLikeFootersStay(String line) {
        FooterDetector.Footer footer = detector.detect(blocks(BODY, line));
        assertThat(footer.start()).isEqualTo(2);
        assertThat(footer.copyright()).isEmpty();
    }

    @Test
    void copyrightFollowedByALongParagraphIsNoFooter() {
        List<TextBlock> blocks = blocks(BODY, "© Example", BODY + " " + BODY + " " + BODY);
        assertThat(detector.detect(blocks).copyright()).isEmpty();
    }

    @Test
    void copyrightTooFarFromTheEndIsNoFooter() {
        List<TextBlock> blocks = blocks("© Example", "One", "Two", "Three", "Four");
        assertThat(detector.detect(blocks).copyright()).isEmpty();
    }

    @Test
    void sentenceBeforeTheCopyrightStaysInTheBody() {
        List<TextBlock> blocks = blocks(BODY, "Thanks for reading.", "© Example");
        assertThat(detector.detect(blocks).start()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Copyright © Example Media, LLC. All rights reserved. | Example Media, LLC",
        "© 2004-2018 Example Ltd                              | Example Ltd",
        "(c) BBC MMV                                          | BBC MMV",
        "Copyright by Example Press                           | Example Press",
        "Copyright 2020 Byline Media                          | Byline Media"})
    void holderIsTheCopyrightLineWithoutItsFormulas(String line, String holder) {
        assertThat(FooterDetector.holder(line)).contains(holder);
    }

    @Test
    void holderIsEmptyWhenOnlyFormulasRemain() {
        assertThat(FooterDetector.holder("Copyright © 2018. All rights reserved.")).isEqualTo(Optional.empty());
    }

    private static List<TextBlock> blocks(String... texts) {
        return TextBlock.split(TextBlock.lines(String.join("\n\n", texts)), 0);
    }
}
