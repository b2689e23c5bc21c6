package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.TextRange;
import org.briefingreader.ui.TestBriefings;
import org.junit.jupiter.api.Test;

class BriefingViewModelTest {
    private final BriefingViewModel model = new BriefingViewModel();

    @Test
    void showingABriefingFillsEveryElementInReadingOrder() {
        Briefing seed = TestBriefings.japanRussia();

        model.show(seed);

        assertThat(model.showingProperty().get()).isTrue();
        assertThat(model.briefingIdProperty().get()).isEqualTo(seed.id());
        assertThat(model.titleProperty().get()).isEqualTo(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(model.metaProperty().get()).isEqualTo("May 25, 2018 · 08:30 GMT · 7 min read · Stratfor");
        assertThat(model.captionsProperty()).containsExactly(seed.captions().get(0).text());
        assertThat(model.subtitleProperty().get()).isEqualTo(seed.subtitle().orElseThrow());
        assertThat(model.summaryProperty()).containsExactlyElementsOf(texts(seed.summary())).hasSize(3);
        assertThat(model.ledeProperty()).containsExactlyElementsOf(texts(seed.lede()));
        assertThat(model.sectionsProperty()).extracting(ReaderSection::heading)
                .containsExactlyElementsOf(TestBriefings.JAPAN_RUSSIA_HEADINGS);
        assertThat(model.sectionsProperty().get(5).paragraphs())
                .containsExactlyElementsOf(texts(seed.sections().get(5).paragraphs())).hasSize(2);
        assertThat(model.copyrightProperty().get()).startsWith("Copyright © Stratfor");
    }

    @Test
    void absentPartsAreEmptySoTheViewCanHideThem() {
        model.show(TestBriefings.simple("Notes Without a Date", Optional.empty(), 1));

        assertThat(model.subtitleProperty().get()).isEmpty();
        assertThat(model.copyrightProperty().get()).isEmpty();
        assertThat(model.captionsProperty()).isEmpty();
        assertThat(model.summaryProperty()).isEmpty();
        assertThat(model.metaProperty().get()).isEqualTo("Test Desk");
    }

    @Test
    void showingAnotherBriefingReplacesTheContent() {
        model.show(TestBriefings.japanRussia());

        model.show(TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2));

        assertThat(model.titleProperty().get()).isEqualTo("Arctic Shipping Lanes Open Up");
        assertThat(model.sectionsProperty()).extracting(ReaderSection::heading).containsExactly("Part 1", "Part 2");
        assertThat(model.summaryProperty()).isEmpty();
        assertThat(model.metaProperty().get()).isEqualTo("Mar 1, 2021 · 12:00 UTC · Test Desk");
    }

    @Test
    void clearingEmptiesTheReader() {
        model.show(TestBriefings.japanRussia());

        model.show(null);

        assertThat(model.showingProperty().get()).isFalse();
        assertThat(model.titleProperty().get()).isEmpty();
        assertThat(model.briefingIdProperty().get()).isEmpty();
        assertThat(model.sectionsProperty()).isEmpty();
        assertThat(model.ledeProperty()).isEmpty();
    }

    @Test
    void metaLineNamesTheAuthorAndAnOffsetZone() {
        Briefing seed = TestBriefings.japanRussia();
        Briefing withByline = new Briefing(seed.id(), seed.title(), seed.subtitle(), Optional.empty(),
                Optional.of(ZonedDateTime.of(2020, 1, 2, 9, 15, 0, 0, ZoneOffset.ofHours(2))),
                Optional.of(Duration.ofMinutes(65)), Optional.of("Jane Doe"), List.of(), List.of(), List.of(),
                List.of(), seed.originalFileName(), seed.contentHash(), Optional.empty());

        assertThat(MetaLine.of(withByline))
                .isEqualTo("Jan 2, 2020 · 09:15 +02:00 · 1 h 5 min read · By Jane Doe");
    }

    @Test
    void searchMarksAreDroppedWhenAnotherBriefingIsShownOrTheReaderCleared() {
        Briefing seed = TestBriefings.japanRussia();
        SearchMarks marks = new SearchMarks(List.of(new TextRange(0, 5), new TextRange(20, 26)),
                Optional.of(new TextRange(20, 26)));
        model.show(seed);

        model.showSearchMarks(marks);
        assertThat(model.searchMarksProperty().get()).isEqualTo(marks);

        model.show(seed);
        assertThat(model.searchMarksProperty().get()).as("the same text again: the offsets still fit").isEqualTo(marks);

        model.show(TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.empty(), 2));
        assertThat(model.searchMarksProperty().get()).isEqualTo(SearchMarks.NONE);

        model.showSearchMarks(marks);
        model.show(null);
        assertThat(model.searchMarksProperty().get()).isEqualTo(SearchMarks.NONE);
    }

    @Test
    void searchMarksBeyondTheTextAreDroppedNotThrown() {
        model.show(TestBriefings.japanRussia());
        int length = model.documentProperty().get().text().length();
        TextRange inside = new TextRange(length - 4, length);
        TextRange beyond = new TextRange(length - 2, length + 3);

        model.showSearchMarks(new SearchMarks(List.of(inside, beyond), Optional.of(beyond)));

        assertThat(model.searchMarksProperty().get()).isEqualTo(new SearchMarks(List.of(inside), Optional.empty()));

        model.show(null);
        model.showSearchMarks(new SearchMarks(List.of(inside), Optional.of(inside)));
        assertThat(model.searchMarksProperty().get().isEmpty()).as("no text, nothing to mark").isTrue();
    }

    @Test
    void searchMarksKeepTheirOwnCopyOfTheHits() {
        List<TextRange> hits = new ArrayList<>(List.of(new TextRange(1, 3)));
        SearchMarks marks = new SearchMarks(hits, Optional.empty());

        hits.add(new TextRange(5, 8));

        assertThat(marks.all()).containsExactly(new TextRange(1, 3));
        assertThatThrownBy(() -> new SearchMarks(null, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SearchMarks(List.of(), null)).isInstanceOf(NullPointerException.class);
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
