package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.CanonicalText;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** List items in the reading pane: a drawn bullet or number and a hanging indent, the text left as it is. */
@ExtendWith(ApplicationExtension.class)
class BriefingViewListTest {
    private final Briefing briefing = ListBriefing.briefing();
    private final ReaderDocument document = ReaderDocument.of(briefing);
    private final BriefingViewModel model = new BriefingViewModel();
    private StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        area = PaneOnStage.show(stage, model, briefing);
    }

    @Test
    void paneTextStaysTheCanonicalTextWithNoMarkInIt() {
        assertThat(area.getText()).isEqualTo(CanonicalText.of(briefing).text());
        assertThat(area.getText()).doesNotContain(ReaderUnit.BULLET).doesNotContain("1.");
    }

    @Test
    void listItemsShowTheirBulletOrNumberAndParagraphsNone() {
        assertThat(markOf("steps.p2")).isEqualTo("1.");
        assertThat(markOf("steps.p3")).isEqualTo("2.");
        assertThat(markOf("steps.p4")).isEqualTo("3.");
        assertThat(markOf("steps.p6")).isEqualTo(ReaderUnit.BULLET);
        assertThat(markOf("steps.p7")).isEqualTo(ReaderUnit.BULLET);
        for (String plain : List.of("title", "steps", "steps.p1", "steps.p5", "steps.p8")) {
            assertThat(graphic(paragraph(plain))).as(plain).isNull();
            assertThat(area.getParagraph(paragraph(plain)).getParagraphStyle()).as(plain)
                    .doesNotContain(BriefingView.LIST_ITEM_CLASS);
        }
        assertThat(area.getParagraph(paragraph("steps.p6")).getParagraphStyle())
                .containsExactly("unit-paragraph", BriefingView.LIST_ITEM_CLASS);
    }

    @Test
    void aWrappedItemHangsFromItsNumberRightOfThePlainParagraphs() {
        int start = document.startOf("steps.p3").orElseThrow();
        List<Bounds> chars = onFx(() -> {
            List<Bounds> found = new ArrayList<>();
            for (int i = start; i < start + ListBriefing.LONG_ITEM.length(); i++) {
                area.getCharacterBoundsOnScreen(i, i + 1).ifPresent(found::add);
            }
            return found;
        });
        Bounds first = chars.get(0);
        Bounds last = chars.get(chars.size() - 1);
        double plainLeft = charLeft("steps.p1");

        assertThat(last.getMinY()).as("the item wraps").isGreaterThan(first.getMaxY());
        assertThat(first.getMinX()).as("indented").isGreaterThan(plainLeft + 10);
        assertThat(chars.stream().mapToDouble(Bounds::getMinX).min().orElseThrow())
                .as("every line starts where the first does").isCloseTo(first.getMinX(), within(1.0));
        Node number = graphic(paragraph("steps.p3")).lookup(".text");
        assertThat(onFx(() -> number.localToScreen(number.getLayoutBounds())).getMaxX())
                .as("the number stands left of the text").isLessThan(first.getMinX() - 4);
    }

    @Test
    void itemsOfOneListSitCloserThanParagraphs() {
        double listGap = gapHeightAfter("steps.p6");
        double paragraphGap = gapHeightAfter("steps.p7");

        assertThat(area.getParagraph(paragraph("steps.p6") + 1).getParagraphStyle())
                .containsExactly("unit-gap", BriefingView.LIST_GAP_CLASS);
        assertThat(area.getParagraph(paragraph("steps.p7") + 1).getParagraphStyle()).containsExactly("unit-gap");
        assertThat(listGap).isLessThan(paragraphGap * 0.7);
    }

    private double gapHeightAfter(String unitId) {
        return onFx(() -> area.getParagraphBoundsOnScreen(paragraph(unitId) + 1).orElseThrow().getHeight());
    }

    private double charLeft(String unitId) {
        int start = document.startOf(unitId).orElseThrow();
        return onFx(() -> area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow().getMinX());
    }

    private String markOf(String unitId) {
        Node graphic = graphic(paragraph(unitId));
        assertThat(graphic).as(unitId).isInstanceOf(Label.class);
        assertThat(graphic.getStyleClass()).contains(BriefingView.LIST_MARK_CLASS);
        return ((Label) graphic).getText();
    }

    private int paragraph(String unitId) {
        return document.paragraphOf(unitId).orElseThrow();
    }

    private Node graphic(int paragraph) {
        return onFx(() -> area.getParagraphGraphic(paragraph));
    }

    /** Layout queries add nodes to the scene: they run on the FX thread. */
    private static <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(query));
    }
}
