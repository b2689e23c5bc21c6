package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.LinkedPlace;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.reader.ReaderDocument;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Back and forward, and a window opened at a linked place, in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class NavigationWindowTest {
    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path libraryDir;

    private final List<ReaderApp> apps = new ArrayList<>();

    @AfterEach
    void stopApps() {
        apps.forEach(ReaderApp::stop);
    }

    @Test
    void altLeftReturnsBeforeTheOutlineJumpAndAltRightGoesThereAgain(FxRobot robot) throws Exception {
        open(robot, Optional.empty());
        StyleClassedTextArea text = textArea(robot);
        ReaderDocument seed = ReaderDocument.of(TestBriefings.japanRussia());

        robot.clickOn(robot.lookup(".outline-link").lookup("The History").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphText(text, firstVisible(text))).isEqualTo("The History");

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisible(text)).isEqualTo(seed.paragraphOf("title").orElseThrow());

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphText(text, firstVisible(text))).isEqualTo("The History");
    }

    @Test
    void aLinkedPlaceOpensAtItsUnitWithItsPassageSelected(FxRobot robot) throws Exception {
        // The library folder is seeded with the bundled briefing, whose text is longer than TestBriefings' copy.
        Briefing bundled = ReaderWindowSmokeTest.seededLibrary(libraryDir).get(TestBriefings.JAPAN_RUSSIA_ID)
                .orElseThrow();
        CanonicalText.Unit unit = CanonicalText.of(bundled).unit("the-history.p1").orElseThrow();
        TextRange passage = new TextRange(unit.start() + 4, unit.start() + 30);

        open(robot, Optional.of(new LinkedPlace(TestBriefings.JAPAN_RUSSIA_ID, Optional.of("the-history.p1"),
                Optional.of(passage), Optional.empty())));
        StyleClassedTextArea text = textArea(robot);

        ReaderDocument seed = ReaderDocument.of(bundled);
        assertThat(firstVisible(text)).isEqualTo(seed.paragraphOf("the-history.p1").orElseThrow());
        assertThat(text.getSelectedText()).isEqualTo(seed.text().substring(passage.start(), passage.end()));
    }

    @Test
    void aLinkWhoseNoteIsGoneOpensTheBriefingAndSaysSo(FxRobot robot) throws Exception {
        String problem = "The linked note 0c6f3a52 is no longer in this briefing; it opens where it was last read.";

        open(robot, Optional.of(new LinkedPlace(TestBriefings.JAPAN_RUSSIA_ID, Optional.empty(), Optional.empty(),
                Optional.of(problem))));

        assertThat(paragraphText(textArea(robot), 0)).isEqualTo(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(robot.lookup(".status-text").queryAs(Label.class).getText()).isEqualTo(problem);
    }

    /** Opens a window on the seeded library (the newer Arctic briefing is listed first) and waits for the seed. */
    private void open(FxRobot robot, Optional<LinkedPlace> place) throws Exception {
        LibraryService library = ReaderWindowSmokeTest.seededLibrary(libraryDir);
        ReaderApp app = new ReaderApp(new WindowContext(library, Optional.of(TestBriefings.JAPAN_RUSSIA_ID))
                .withInitialPlace(place));
        apps.add(app);
        robot.interact(() -> app.start(new Stage()));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(".briefing-text")
                .tryQueryAs(StyleClassedTextArea.class).map(t -> t.getText().startsWith(
                        TestBriefings.JAPAN_RUSSIA_TITLE)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static StyleClassedTextArea textArea(FxRobot robot) {
        return robot.lookup(".briefing-text").queryAs(StyleClassedTextArea.class);
    }

    private static String paragraphText(StyleClassedTextArea text, int paragraph) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> text.getParagraph(paragraph).getText()));
    }

    private static int firstVisible(StyleClassedTextArea text) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> text.visibleParToAllParIndex(0)));
    }
}
