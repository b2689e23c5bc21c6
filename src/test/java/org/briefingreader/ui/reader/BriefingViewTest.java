package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.ui.TestBriefings;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reading pane on its own, headless, showing the seed-shaped briefing. */
@ExtendWith(ApplicationExtension.class)
class BriefingViewTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final ReaderDocument document = ReaderDocument.of(seed);
    private final BriefingViewModel model = new BriefingViewModel();
    private StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        area = PaneOnStage.show(stage, model, seed);
    }

    @Test
    void paneHoldsTheCanonicalTextWithAStyleClassPerUnit() {
        assertThat(area.getText()).isEqualTo(CanonicalText.of(seed).text());
        assertThat(area.getParagraph(0).getText()).isEqualTo(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(area.getParagraph(0).getParagraphStyle()).containsExactly("unit-title");
        assertThat(paragraphsStyled("unit-heading")).containsExactlyElementsOf(TestBriefings.JAPAN_RUSSIA_HEADINGS);
        assertThat(paragraphsStyled("unit-summary")).hasSize(3);
        assertThat(area.getParagraph(1).getParagraphStyle()).containsExactly("unit-gap");
        assertThat(area.isEditable()).isFalse();
    }

    @Test
    void draggedSelectionIsCopiedWithCtrlC(FxRobot robot) {
        Bounds title = area.getParagraphBoundsOnScreen(0).orElseThrow();
        double y = title.getMinY() + 12;
        double left = area.localToScreen(0, 0).getX() + area.getPadding().getLeft();
        robot.drag(left + 1, y, MouseButton.PRIMARY).dropTo(left + 160, y);
        String selected = area.getSelectedText();
        assertThat(selected).isNotEmpty();
        assertThat(TestBriefings.JAPAN_RUSSIA_TITLE).startsWith(selected);

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())))
                .isEqualTo(selected);
        assertThat(area.getText()).as("the text is unchanged").isEqualTo(document.text());
    }

    @Test
    void outlineLinkBringsItsHeadingToTheTop(FxRobot robot) {
        int heading = document.paragraphOf("the-history").orElseThrow();
        assertThat(firstVisibleParagraph()).isZero();

        robot.clickOn(robot.lookup(".outline-link").lookup("The History").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(firstVisibleParagraph()).isEqualTo(heading);
        assertThat(model.currentSectionProperty().get()).isEqualTo("the-history");
        assertThat(robot.lookup(".outline-link").queryAllAs(Hyperlink.class))
                .filteredOn(link -> link.getPseudoClassStates().contains(PseudoClass.getPseudoClass("current")))
                .extracting(Hyperlink::getText).containsExactly("The History");
    }

    @Test
    void nextAndPreviousSectionMoveThePane() {
        WaitForAsyncUtils.asyncFx(() -> model.showSection("the-history"));
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(model::nextSection);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleParagraph()).isEqualTo(document.paragraphOf("what-japan-and-russia-want").orElseThrow());
        assertThat(model.currentSectionProperty().get()).isEqualTo("what-japan-and-russia-want");

        WaitForAsyncUtils.asyncFx(model::previousSection);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleParagraph()).isEqualTo(document.paragraphOf("the-history").orElseThrow());
        assertThat(model.currentSectionProperty().get()).isEqualTo("the-history");
    }

    @Test
    void scrollingMovesTheCurrentSection(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> area.showParagraphAtTop(document.paragraphOf("little-progress.p1").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.readingPositionProperty().get()).isEqualTo("little-progress.p1");
        assertThat(model.currentSectionProperty().get()).isEqualTo("little-progress");
    }

    @Test
    void ctrlPlusMinusAndZeroChangeTheFontOfTheText(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> model.showSection("the-history"));
        WaitForAsyncUtils.waitForFxEvents();
        double before = bodyFontSize();
        robot.clickOn(area);

        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.fontSizeProperty().get()).isGreaterThan(BriefingViewModel.DEFAULT_FONT_SIZE);
        assertThat(bodyFontSize()).isGreaterThan(before);

        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.fontSizeProperty().get()).isLessThan(BriefingViewModel.DEFAULT_FONT_SIZE);
        assertThat(bodyFontSize()).isLessThan(before);
    }

    @Test
    void readingPositionSurvivesShowingAnotherBriefing() {
        Briefing other = TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2);
        WaitForAsyncUtils.asyncFx(() -> model.showSection("little-progress"));
        WaitForAsyncUtils.waitForFxEvents();
        String position = model.readingPositionProperty().get();
        assertThat(position).isEqualTo("little-progress");

        WaitForAsyncUtils.asyncFx(() -> model.show(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleParagraph()).isZero();
        assertThat(area.getParagraph(0).getText()).isEqualTo("Arctic Shipping Lanes Open Up");

        WaitForAsyncUtils.asyncFx(() -> model.show(seed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleParagraph()).isEqualTo(document.paragraphOf(position).orElseThrow());
        assertThat(model.readingPositionProperty().get()).isEqualTo(position);

        WaitForAsyncUtils.asyncFx(() -> model.restorePosition("the-history.p1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleParagraph()).isEqualTo(document.paragraphOf("the-history.p1").orElseThrow());
    }

    @Test
    void theLastSectionJumpedToStaysCurrentThoughItCannotReachTheTop(FxRobot robot) {
        robot.clickOn(robot.lookup(".outline-link").lookup("How It Will Play Out").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();

        int heading = document.paragraphOf("how-it-will-play-out").orElseThrow();
        assertThat(firstVisibleParagraph()).as("the text ends before the heading reaches the top").isLessThan(heading);
        assertThat(model.currentSectionProperty().get()).isEqualTo("how-it-will-play-out");
        assertThat(robot.lookup(".outline-link").queryAllAs(Hyperlink.class))
                .filteredOn(link -> link.getPseudoClassStates().contains(PseudoClass.getPseudoClass("current")))
                .extracting(Hyperlink::getText).containsExactly("How It Will Play Out");
        assertThat(area.getText()).as("no spacer in the text").isEqualTo(document.text());

        WaitForAsyncUtils.asyncFx(() -> area.showParagraphAtTop(document.paragraphOf("the-history").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.currentSectionProperty().get()).as("scrolled away: the top rules again")
                .isEqualTo("the-history");
    }

    @Test
    void eachOutlineLinkCarriesTheIconOfItsSectionsKind(FxRobot robot) {
        List<Hyperlink> links = List.copyOf(robot.lookup(".outline-link").queryAllAs(Hyperlink.class));

        assertThat(links).hasSize(7).allSatisfy(link -> assertThat(link.getGraphic()).isInstanceOf(FontIcon.class));
        assertThat(links).filteredOn(link -> link.getText().equals("The History")).singleElement()
                .satisfies(link -> assertThat(((FontIcon) link.getGraphic()).getIconCode())
                        .isEqualTo(OutlineView.icon(SectionKind.HISTORY)));
        assertThat(links.stream().map(link -> ((FontIcon) link.getGraphic()).getIconCode()).distinct().count())
                .as("the seed's sections have several kinds").isGreaterThan(3);
    }

    @Test
    void aUnitWithLineBreaksKeepsTheTextCanonicalAndTheLaterUnitsInPlace() {
        Briefing plain = TestBriefings.simple("Line Breaks", Optional.empty(), 2);
        Section first = plain.sections().get(0);
        Section broken = new Section(first.id(), first.heading(), first.kind(), List.of(
                new Paragraph("part-1.p1", "Line one\nline two"), first.paragraphs().get(1)));
        Briefing withBreaks = new Briefing(plain.id(), plain.title(), plain.subtitle(), plain.source(),
                plain.published(), plain.readTime(), plain.byline(), plain.captions(), plain.summary(),
                plain.lede(), List.of(broken, plain.sections().get(1)), plain.originalFileName(),
                plain.contentHash(), plain.copyright());
        ReaderDocument doc = ReaderDocument.of(withBreaks);
        WaitForAsyncUtils.asyncFx(() -> model.show(withBreaks));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getText()).isEqualTo(CanonicalText.of(withBreaks).text());
        int line2 = doc.paragraphOf("part-1.p1").orElseThrow() + 1;
        assertThat(area.getParagraph(line2).getText()).isEqualTo("line two");
        assertThat(area.getParagraph(line2).getParagraphStyle()).containsExactly("unit-paragraph");
        assertThat(paragraphsStyled("unit-heading")).containsExactly("Part 1", "Part 2");

        WaitForAsyncUtils.asyncFx(() -> model.showSection("part-2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getParagraph(doc.paragraphOf("part-2").orElseThrow()).getText()).isEqualTo("Part 2");
        assertThat(model.currentSectionProperty().get()).isEqualTo("part-2");
    }

    @Test
    void aPassageIsSelectedInThePane() {
        CanonicalText.Unit p1 = CanonicalText.of(seed).unit("little-progress.p1").orElseThrow();

        WaitForAsyncUtils.asyncFx(() -> model.position().selectPassage(p1.start(), p1.start() + 12));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getSelectedText()).isEqualTo(document.text().substring(p1.start(), p1.start() + 12));
        assertThat(firstVisibleParagraph()).isEqualTo(document.paragraphOf("little-progress.p1").orElseThrow());
    }

    private List<String> paragraphsStyled(String styleClass) {
        return IntStream.range(0, area.getParagraphs().size())
                .filter(i -> area.getParagraph(i).getParagraphStyle().contains(styleClass))
                .mapToObj(i -> area.getParagraph(i).getText()).toList();
    }

    private int firstVisibleParagraph() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> area.visibleParToAllParIndex(0)));
    }

    /** The font size of a body paragraph's text as drawn. */
    private double bodyFontSize() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> area.lookupAll(".unit-paragraph")
                .stream().flatMap(flow -> ((Parent) flow).getChildrenUnmodifiable().stream()).filter(Text.class::isInstance)
                .map(n -> ((Text) n).getFont().getSize())
                .findFirst().orElseThrow()));
    }
}
