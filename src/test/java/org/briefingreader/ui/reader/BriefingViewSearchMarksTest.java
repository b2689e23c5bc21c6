package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.TextRange;
import org.briefingreader.ui.TestBriefings;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Search hits marked in the reading pane, headless, on the seed-shaped briefing. */
@ExtendWith(ApplicationExtension.class)
class BriefingViewSearchMarksTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final ReaderDocument document = ReaderDocument.of(seed);
    private final BriefingViewModel model = new BriefingViewModel();
    private StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        area = PaneOnStage.show(stage, model, seed);
    }

    @Test
    void everyHitIsMarkedSoftlyAndTheCurrentOneInTheLastSectionStronglyAndInView(FxRobot robot) {
        List<TextRange> hits = occurrences("Russia");
        int lastSection = document.startOf("how-it-will-play-out").orElseThrow();
        TextRange current = hits.stream().filter(hit -> hit.start() > lastSection).reduce((a, b) -> b).orElseThrow();
        assertThat(firstVisibleParagraph()).isZero();

        robot.interact(() -> model.showSearchMarks(new SearchMarks(hits, Optional.of(current))));
        WaitForAsyncUtils.waitForFxEvents();

        List<Collection<String>> styles = charStyles();
        for (int i = 0; i < styles.size(); i++) {
            int at = i;
            boolean inHit = hits.stream().anyMatch(hit -> hit.start() <= at && at < hit.end());
            boolean inCurrent = current.start() <= at && at < current.end();
            assertThat(styles.get(i).contains(BriefingView.HIT_CLASS)).as("hit mark at %d", i).isEqualTo(inHit);
            assertThat(styles.get(i).contains(BriefingView.CURRENT_CLASS)).as("current mark at %d", i)
                    .isEqualTo(inCurrent);
        }
        assertThat(hits).hasSizeGreaterThan(10);
        int paragraph = paragraphOf(current.start());
        assertThat(paragraph).isBetween(firstVisibleParagraph(), fx(area::lastVisibleParToAllParIndex));
        assertThat(hitBounds(current)).as("the current hit shows inside the pane").isNotNull();
        assertThat(fx(area::getCaretPosition)).isEqualTo(current.start());
        assertThat(fx(area::getSelectedText)).as("the caret moves, nothing is selected").isEmpty();
        assertThat(fx(() -> area.getParagraph(0).getParagraphStyle())).as("unit styles stay")
                .containsExactly("unit-title");
        assertThat(model.readingPositionProperty().get()).as("the unit now at the top, though the hit is further down")
                .isEqualTo(document.unitAtParagraph(firstVisibleParagraph()).orElseThrow().id());
    }

    @Test
    void walkingToAHitInTheMiddleBringsItAboutAThirdDownAndTheTopUnitIsReported(FxRobot robot) {
        List<TextRange> hits = occurrences("Russia");
        int history = document.startOf("the-history.p1").orElseThrow();
        TextRange first = hits.get(0);
        TextRange middle = hits.stream().filter(hit -> hit.start() > history).findFirst().orElseThrow();

        robot.interact(() -> model.showSearchMarks(new SearchMarks(hits, Optional.of(first))));
        robot.interact(() -> model.showSearchMarks(new SearchMarks(hits, Optional.of(middle))));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds hit = hitBounds(middle);
        double height = fx(area::getHeight);
        assertThat(hit.getMinY()).as("about a third down the pane").isBetween(height * 0.2, height * 0.45);
        int top = firstVisibleParagraph();
        String topUnit = document.unitAtParagraph(top).orElseThrow().id();
        assertThat(model.readingPositionProperty().get()).as("the unit now at the top").isEqualTo(topUnit);
        assertThat(fx(area::getCaretPosition)).isEqualTo(middle.start());

        robot.interact(() -> area.showParagraphAtTop(document.paragraphOf("little-progress.p1").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.readingPositionProperty().get()).as("scrolling by hand still reports")
                .isEqualTo("little-progress.p1");
    }

    @Test
    void aHitAlreadyWellInViewIsNotScrolledTo(FxRobot robot) {
        List<TextRange> hits = occurrences("Russia");
        double height = fx(area::getHeight);
        TextRange inView = hits.stream().filter(hit -> {
            Bounds bounds = hitBounds(hit);
            return bounds != null && bounds.getMinY() > height * 0.2 && bounds.getMaxY() < height * 0.8;
        }).findFirst().orElseThrow();
        double before = hitBounds(inView).getMinY();

        robot.interact(() -> model.showSearchMarks(new SearchMarks(hits, Optional.of(inView))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(firstVisibleParagraph()).isZero();
        assertThat(hitBounds(inView).getMinY()).isEqualTo(before);
        assertThat(fx(area::getCaretPosition)).isEqualTo(inView.start());
    }

    @Test
    void aHitShownRightAfterTheBriefingOpensIsScrolledToAndReported(FxRobot robot) {
        Briefing other =
                TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2);
        List<TextRange> hits = occurrences("Russia");
        TextRange current = hits.get(hits.size() / 2);

        robot.interact(() -> {
            model.show(other);
            model.show(seed);
            model.showSearchMarks(new SearchMarks(hits, Optional.of(current)));
        });
        WaitForAsyncUtils.waitForFxEvents();

        int paragraph = paragraphOf(current.start());
        assertThat(paragraph).isBetween(firstVisibleParagraph(), fx(area::lastVisibleParToAllParIndex));
        String topUnit = document.unitAtParagraph(firstVisibleParagraph()).orElseThrow().id();
        assertThat(model.readingPositionProperty().get()).isEqualTo(topUnit);
        assertThat(charStyles().get(current.start())).contains(BriefingView.CURRENT_CLASS);
    }

    @Test
    void showingNoMarksClearsEveryMark(FxRobot robot) {
        List<TextRange> hits = occurrences("Japan");
        robot.interact(() -> model.showSearchMarks(new SearchMarks(hits, Optional.of(hits.get(3)))));
        assertThat(charStyles()).anySatisfy(style -> assertThat(style).isNotEmpty());

        robot.interact(() -> model.showSearchMarks(SearchMarks.NONE));

        assertThat(charStyles()).allSatisfy(style -> assertThat(style).isEmpty());
        assertThat(fx(() -> area.getParagraph(0).getParagraphStyle())).containsExactly("unit-title");
    }

    @Test
    void showingAnotherBriefingDropsTheMarks(FxRobot robot) {
        Briefing other = TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.empty(), 2);
        List<TextRange> hits = occurrences("Russia");
        robot.interact(() -> model.showSearchMarks(new SearchMarks(hits, Optional.of(hits.get(1)))));

        robot.interact(() -> model.show(other));
        assertThat(model.searchMarksProperty().get()).isEqualTo(SearchMarks.NONE);
        assertThat(charStyles()).allSatisfy(style -> assertThat(style).isEmpty());

        robot.interact(() -> model.show(seed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> area.getText())).isEqualTo(document.text());
        assertThat(charStyles()).allSatisfy(style -> assertThat(style).isEmpty());
    }

    private List<TextRange> occurrences(String word) {
        Matcher matcher = Pattern.compile(word).matcher(model.documentProperty().get().text());
        List<TextRange> ranges = new ArrayList<>();
        while (matcher.find()) {
            ranges.add(new TextRange(matcher.start(), matcher.end()));
        }
        return ranges;
    }

    private List<Collection<String>> charStyles() {
        return fx(() -> IntStream.range(0, area.getLength()).mapToObj(area::getStyleOfChar).toList());
    }

    private int paragraphOf(int offset) {
        return fx(() -> area.offsetToPosition(offset, Bias.Forward).getMajor());
    }

    /** The hit's bounds in the area's coordinates when the whole hit lies inside the pane, else null. */
    private Bounds hitBounds(TextRange hit) {
        return fx(() -> area.getCharacterBoundsOnScreen(hit.start(), hit.end()).map(area::screenToLocal)
                .filter(bounds -> bounds.getMinY() >= 0 && bounds.getMaxY() <= area.getHeight()).orElse(null));
    }

    private int firstVisibleParagraph() {
        return fx(() -> area.visibleParToAllParIndex(0));
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }
}
