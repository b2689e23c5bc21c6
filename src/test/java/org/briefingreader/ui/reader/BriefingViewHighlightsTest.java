package org.briefingreader.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.TextRange;
import org.briefingreader.ui.TestBriefings;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Highlights painted in the reading pane with the search marks, headless, on the seed-shaped briefing. */
@ExtendWith(ApplicationExtension.class)
class BriefingViewHighlightsTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final BriefingViewModel model = new BriefingViewModel();
    private StyleClassedTextArea area;
    private TextRange passage;

    @Start
    void start(Stage stage) {
        area = PaneOnStage.show(stage, model, seed);
        String text = model.documentProperty().get().text();
        int start = text.indexOf("Japan's renewed pursuit");
        passage = new TextRange(start, start + "Japan's renewed pursuit".length());
    }

    private List<String> styleAt(FxRobot robot, int offset) {
        return fx(() -> List.copyOf(area.getStyleOfChar(offset)));
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }

    @Test
    void aHighlightCarriesItsCategoryAndASearchHitOnItCarriesBoth(FxRobot robot) {
        int word = passage.start() + "Japan's ".length();
        TextRange hit = new TextRange(word, word + "renewed".length());

        robot.interact(() -> {
            model.showHighlights(List.of(new PaneHighlight(passage, Optional.of("evidence"))));
            model.showSearchMarks(new SearchMarks(List.of(hit), Optional.of(hit)));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(styleAt(robot, passage.start())).containsExactly("highlight", "highlight-evidence");
        assertThat(styleAt(robot, word)).containsExactlyInAnyOrder("highlight", "highlight-evidence",
                BriefingView.HIT_CLASS, BriefingView.CURRENT_CLASS);
        assertThat(styleAt(robot, passage.start() - 1)).isEmpty();
        assertThat(styleAt(robot, passage.end())).isEmpty();

        robot.interact(() -> model.showSearchMarks(SearchMarks.NONE));
        assertThat(styleAt(robot, word)).as("the highlight stays when the search goes")
                .containsExactly("highlight", "highlight-evidence");
    }

    @Test
    void showingAnotherBriefingTakesTheHighlightsAway(FxRobot robot) {
        robot.interact(() -> model.showHighlights(List.of(new PaneHighlight(passage, Optional.empty()))));
        assertThat(styleAt(robot, passage.start())).containsExactly("highlight");

        robot.interact(() -> model.show(TestBriefings.simple("Tea Markets", Optional.of(LocalDate.of(2020, 1, 2)), 3)));

        assertThat(model.highlightsProperty().get()).isEmpty();
        int length = fx(area::getLength);
        for (int i = 0; i < length; i++) {
            assertThat(styleAt(robot, i)).as("style at %d", i).isEmpty();
        }
    }

    @Test
    void categoryKeysBecomeClassNames() {
        assertThat(new PaneHighlight(passage, Optional.of("Key Judgement!")).categoryClass())
                .contains("highlight-key-judgement");
        assertThat(new PaneHighlight(passage, Optional.of("  ")).categoryClass()).isEmpty();
    }
}
