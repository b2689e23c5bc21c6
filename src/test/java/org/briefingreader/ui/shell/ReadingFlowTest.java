package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading flow of a first run, end to end in the real window on a new library folder (seeded with the bundled
 * briefing, as README's first command does): the outline lists the seed's seven headings, a click on "The History"
 * shows it, Alt+Down moves on a section, and a new composition root on the same folder opens the same briefing at
 * the same place, at the same font size.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingFlowTest {
    private static final List<String> SEED_HEADINGS = List.of("The Big Picture", "The History",
            "What Japan and Russia Want", "Tokyo's Unambitious Plan", "Little Progress",
            "Why There's Been No Progress", "How It Will Play Out");

    @TempDir
    Path home;

    private final WindowRuns runs = new WindowRuns();

    @AfterEach
    void stopApps() {
        runs.stopAll();
    }

    @Test
    void aFirstRunReadsTheSeedAndTheNextRunOpensWhereItWasLeft(FxRobot robot) throws Exception {
        ReaderStateService firstRun = loadedState();
        Stage first = open(robot, firstRun);
        waitUntil(() -> robot.lookup(".outline-link").queryAll().size() == SEED_HEADINGS.size());
        assertThat(robot.lookup(".outline-link").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsExactlyElementsOf(SEED_HEADINGS);

        robot.clickOn(robot.lookup(".outline-link").lookup("The History").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topParagraph(robot)).isEqualTo("The History");

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topParagraph(robot)).isEqualTo("What Japan and Russia Want");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        double fontSize = runs.current().model().reader().fontSizeProperty().get();
        assertThat(fontSize).isGreaterThan(org.briefingreader.ui.reader.BriefingViewModel.DEFAULT_FONT_SIZE);

        runs.close(robot, first);
        // What DesktopBackend does after the window closed, off the FX thread.
        assertThat(firstRun.saveIfChanged()).isTrue();

        ReaderStateService nextRun = loadedState();
        open(robot, nextRun);
        waitUntil(() -> runs.current().model().reader().showingProperty().get());
        waitUntil(() -> "What Japan and Russia Want".equals(topParagraph(robot)));
        assertThat(runs.current().model().reader().titleProperty().get())
                .startsWith("Japan Wants Closer Relations With Russia");
        assertThat(runs.current().model().reader().fontSizeProperty().get()).isEqualTo(fontSize);
    }

    @Test
    void aDamagedSettingsFileIsSaidInTheStatusBarAndTheWindowStartsWithDefaults(FxRobot robot) throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        Files.createDirectories(paths.config());
        Files.writeString(paths.config().resolve("reader-state.json"), "{\"fontSize\": ", StandardCharsets.UTF_8);
        ReaderStateService state = new ReaderStateService(new JsonReaderStateStore(paths));
        String warning = state.load().orElseThrow();

        open(robot, state);
        waitUntil(() -> runs.current().model().reader().showingProperty().get());
        StatusBarViewModel status = runs.current().model().statusBar();
        waitUntil(() -> status.messageProperty().get().startsWith("Your reader settings could not be used"));
        assertThat(status.detailsProperty().get()).isEqualTo(warning);
        assertThat(runs.current().model().reader().fontSizeProperty().get())
                .isEqualTo(org.briefingreader.ui.reader.BriefingViewModel.DEFAULT_FONT_SIZE);
    }

    private ReaderStateService loadedState() {
        return WindowRuns.loadedState(home);
    }

    /** A new composition root: a library service on the folder, the remembered state, a window. */
    private Stage open(FxRobot robot, ReaderStateService state) throws Exception {
        return runs.open(robot, new LibraryService(LibraryFolder.open(LibraryPaths.under(home))), state);
    }

    private static String topParagraph(FxRobot robot) {
        StyleClassedTextArea text = robot.lookup(".briefing-text").queryAs(StyleClassedTextArea.class);
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> text.getParagraph(text.visibleParToAllParIndex(0)).getText()));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowRuns.waitUntil(condition);
    }
}
