package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.TestBriefings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reading state of {@link BriefingViewModel}, without a toolkit: the scroller only records the requests. */
class BriefingNavigationTest {
    private final BriefingViewModel model = new BriefingViewModel();
    private final List<String> scrolledTo = new ArrayList<>();
    private final Briefing seed = TestBriefings.japanRussia();
    private final Briefing other = TestBriefings.simple("Arctic Shipping Lanes Open Up",
            Optional.of(LocalDate.of(2021, 3, 1)), 2);

    @BeforeEach
    void showSeed() {
        model.setScroller(scrolledTo::add);
        model.show(seed);
    }

    @Test
    void aNewBriefingStartsAtItsTitle() {
        assertThat(scrolledTo).containsExactly("title");
        assertThat(model.readingPositionProperty().get()).isEqualTo("title");
        assertThat(model.currentSectionProperty().get()).isEmpty();
        assertThat(model.documentProperty().get().briefingId()).isEqualTo(seed.id());
    }

    @Test
    void showingASectionScrollsToItsHeadingAndMakesItCurrent() {
        assertThat(model.showSection("the-history")).isTrue();

        assertThat(scrolledTo).endsWith("the-history");
        assertThat(model.currentSectionProperty().get()).isEqualTo("the-history");
        assertThat(model.showSection("the-history.p1")).as("a paragraph is not a section").isFalse();
        assertThat(model.showSection("nowhere")).isFalse();
    }

    @Test
    void theFirstVisibleUnitGivesTheCurrentSection() {
        model.firstVisibleUnitChanged("why-theres-been-no-progress.p2");
        assertThat(model.currentSectionProperty().get()).isEqualTo("why-theres-been-no-progress");

        model.firstVisibleUnitChanged("summary.b2");
        assertThat(model.currentSectionProperty().get()).isEmpty();
        assertThat(model.readingPositionProperty().get()).isEqualTo("summary.b2");

        model.firstVisibleUnitChanged("part-1.p1");
        assertThat(model.readingPositionProperty().get()).as("a unit of another briefing is ignored")
                .isEqualTo("summary.b2");
    }

    @Test
    void nextAndPreviousWalkTheSections() {
        assertThat(model.nextSection()).isTrue();
        assertThat(model.currentSectionProperty().get()).isEqualTo("the-big-picture");
        assertThat(model.previousSection()).as("nothing before the first section").isFalse();

        model.nextSection();
        model.nextSection();
        assertThat(model.currentSectionProperty().get()).isEqualTo("what-japan-and-russia-want");
        assertThat(model.previousSection()).isTrue();
        assertThat(model.currentSectionProperty().get()).isEqualTo("the-history");

        model.showSection("how-it-will-play-out");
        assertThat(model.nextSection()).isFalse();
        assertThat(scrolledTo).endsWith("the-big-picture", "the-history", "what-japan-and-russia-want",
                "the-history", "how-it-will-play-out");
    }

    @Test
    void eachBriefingComesBackWhereTheReaderLeftIt() {
        model.firstVisibleUnitChanged("little-progress.p1");
        model.show(other);
        model.firstVisibleUnitChanged("part-2");

        model.show(seed);
        assertThat(scrolledTo).endsWith("little-progress.p1");
        assertThat(model.readingPositionProperty().get()).isEqualTo("little-progress.p1");

        model.show(other);
        assertThat(scrolledTo).endsWith("part-2");
        assertThat(model.currentSectionProperty().get()).isEqualTo("part-2");
    }

    @Test
    void restoringAPositionNeedsAUnitOfTheShownBriefing() {
        assertThat(model.restorePosition("the-history.p1")).isTrue();
        assertThat(scrolledTo).endsWith("the-history.p1");
        assertThat(model.restorePosition("part-1.p1")).isFalse();
    }

    @Test
    void fontSizeStepsWithinLimitsAndResets() {
        model.increaseFontSize();
        assertThat(model.fontSizeProperty().get()).isGreaterThan(BriefingViewModel.DEFAULT_FONT_SIZE);
        for (int i = 0; i < 50; i++) {
            model.increaseFontSize();
        }
        assertThat(model.fontSizeProperty().get()).isEqualTo(BriefingViewModel.MAX_FONT_SIZE);
        for (int i = 0; i < 50; i++) {
            model.decreaseFontSize();
        }
        assertThat(model.fontSizeProperty().get()).isEqualTo(BriefingViewModel.MIN_FONT_SIZE);

        model.resetFontSize();
        assertThat(model.fontSizeProperty().get()).isEqualTo(BriefingViewModel.DEFAULT_FONT_SIZE);
    }

    @Test
    void clearingRemembersThePositionAndEmptiesTheDocument() {
        model.firstVisibleUnitChanged("the-history.p1");
        model.clear();
        assertThat(model.documentProperty().get()).isEqualTo(ReaderDocument.EMPTY);
        assertThat(model.nextSection()).isFalse();

        model.show(seed);
        assertThat(model.readingPositionProperty().get()).isEqualTo("the-history.p1");
    }

    @Test
    void anOutlineJumpTellsThePlaceLeftButSteppingThroughSectionsDoesNot() {
        List<ReaderPlace> left = new ArrayList<>();
        model.position().setJumpListener(left::add);
        model.firstVisibleUnitChanged("summary.b2");

        assertThat(model.jumpToSection("the-history")).isTrue();
        model.nextSection();
        model.previousSection();
        assertThat(model.jumpToSection("not-a-section")).isFalse();

        assertThat(left).containsExactly(ReaderPlace.of(seed.id(), "summary.b2"));
        assertThat(model.currentSectionProperty().get()).isEqualTo("the-history");
        assertThat(model.position().place()).contains(ReaderPlace.of(seed.id(), "the-history"));
    }

    @Test
    void aPluggedPositionMemoryIsAskedOnShowAndToldEveryMove() {
        java.util.Map<String, String> saved = new java.util.HashMap<>();
        saved.put(other.id(), "part-2.p1");
        model.setPositionMemory(new PositionMemory() {
            @Override
            public Optional<String> positionIn(String briefingId) {
                return Optional.ofNullable(saved.get(briefingId));
            }

            @Override
            public void remember(String briefingId, String unitId) {
                saved.put(briefingId, unitId);
            }
        });

        model.show(other);
        assertThat(scrolledTo).endsWith("part-2.p1");
        model.firstVisibleUnitChanged("part-1");
        assertThat(saved).containsEntry(other.id(), "part-1");

        saved.put(seed.id(), "gone-since.p9");
        model.show(seed);
        assertThat(model.readingPositionProperty().get()).as("a unit the briefing lost: its start").isEqualTo("title");
    }

    @Test
    void setFontSizeIsClampedAndNotANumberResets() {
        model.setFontSize(20);
        assertThat(model.fontSizeProperty().get()).isEqualTo(20);
        model.setFontSize(500);
        assertThat(model.fontSizeProperty().get()).isEqualTo(BriefingViewModel.MAX_FONT_SIZE);
        model.setFontSize(-3);
        assertThat(model.fontSizeProperty().get()).isEqualTo(BriefingViewModel.MIN_FONT_SIZE);
        model.setFontSize(Double.NaN);
        assertThat(model.fontSizeProperty().get()).isEqualTo(BriefingViewModel.DEFAULT_FONT_SIZE);
    }

    @Test
    void selectingAPassageScrollsToItsUnitAndHandsTheRangeToTheView() {
        List<ReadingPosition.PassageRequest> selected = new ArrayList<>();
        model.position().setSelector(selected::add);
        org.briefingreader.domain.annotation.CanonicalText.Unit p1 = org.briefingreader.domain.annotation
                .CanonicalText.of(seed).unit("the-history.p1").orElseThrow();

        assertThat(model.position().selectPassage(p1.start() + 4, p1.start() + 20)).isTrue();
        assertThat(scrolledTo).endsWith("the-history.p1");
        assertThat(selected).containsExactly(new ReadingPosition.PassageRequest(p1.start() + 4, p1.start() + 20));
        assertThat(model.position().selectPassage(5, 5)).isFalse();
        assertThat(model.position().selectPassage(0, Integer.MAX_VALUE)).isFalse();
    }
}
