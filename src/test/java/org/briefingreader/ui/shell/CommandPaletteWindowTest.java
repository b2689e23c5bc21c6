package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.palette.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The command palette in the real window, headless: Ctrl+K opens it over the window's menus, typing filters, Enter
 * runs the chosen command as its menu item would, and Esc or Tab closes it without trapping the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class CommandPaletteWindowTest {
    @TempDir
    Path home;

    private ReaderApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void open(FxRobot robot) throws Exception {
        app = new ReaderApp(new WindowContext(ReaderWindowSmokeTest.seededLibrary(home),
                Optional.of(TestBriefings.JAPAN_RUSSIA_ID)));
        robot.interact(() -> app.start(new Stage()));
        waitUntil(() -> app.model().reader().titleProperty().get().equals(TestBriefings.JAPAN_RUSSIA_TITLE));
    }

    private Region layer(FxRobot robot) {
        return robot.lookup(".command-palette").queryAs(Region.class);
    }

    private TextField field(FxRobot robot) {
        return robot.lookup(".palette-field").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Command> list(FxRobot robot) {
        return robot.lookup(".palette-list").queryAs(ListView.class);
    }

    private List<String> listed(FxRobot robot) {
        return list(robot).getItems().stream().map(Command::label).toList();
    }

    private Node focusOwner() {
        return app.window().root().getScene().getFocusOwner();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlKOpensTypingZoomInAndEnterRunsZoomInThenTheFocusIsBack(FxRobot robot) throws Exception {
        open(robot);
        Node text = app.window().briefingView().textArea();
        robot.interact(text::requestFocus);
        double size = app.model().reader().fontSizeProperty().get();

        ctrl(robot, KeyCode.K);
        assertThat(layer(robot).isVisible()).isTrue();
        assertThat(focusOwner()).isSameAs(field(robot));
        robot.write("zoom in");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot).get(0)).isEqualTo("View \u203a Zoom In");
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).as("the best match shows chosen").isZero();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().reader().fontSizeProperty().get()).isGreaterThan(size);
        assertThat(layer(robot).isVisible()).isFalse();
        assertThat(focusOwner()).isSameAs(text);
    }

    @Test
    void escClosesAndGivesTheFocusBackToWhereItWas(FxRobot robot) throws Exception {
        open(robot);
        Node list = robot.lookup(".library-list").query();
        robot.interact(list::requestFocus);

        ctrl(robot, KeyCode.K);
        robot.write("zo");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(layer(robot).isVisible()).isFalse();
        assertThat(focusOwner()).isSameAs(list);
        ctrl(robot, KeyCode.K);
        assertThat(field(robot).getText()).as("a new opening starts afresh").isEmpty();
    }

    @Test
    void ctrlKWorksFromATextBoxAndAgainClosesThePalette(FxRobot robot) throws Exception {
        open(robot);
        TextField box = app.window().searchView().box();
        robot.interact(box::requestFocus);

        ctrl(robot, KeyCode.K);
        assertThat(layer(robot).isVisible()).isTrue();
        assertThat(box.getText()).as("the key typed nothing in the box").isEmpty();
        ctrl(robot, KeyCode.K);

        assertThat(layer(robot).isVisible()).isFalse();
        assertThat(focusOwner()).isSameAs(box);
    }

    @Test
    void thePaletteListsEnabledMenuItemsWithTheirKeysAndThePanelTabs(FxRobot robot) throws Exception {
        open(robot);
        ctrl(robot, KeyCode.K);

        List<String> all = listed(robot);
        assertThat(all).contains("File \u203a Quit", "View \u203a Theme \u203a Dark", "Edit \u203a Highlight Selection",
                "Side Panel \u203a Show Notes Tab", "Focus Library List");
        assertThat(all).as("Back is disabled: nothing to go back to yet").doesNotContain("Go \u203a Back");
        assertThat(all).as("separators and submenus are no commands")
                .noneMatch(label -> label.endsWith("Theme") || label.endsWith("Open Recent"));

        robot.write("notes tab");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().sidePanel().notesTab().isSelected()).isTrue();
    }

    @Test
    void downChoosesTheNextMatchAndACheckItemFlipsAsFromItsMenu(FxRobot robot) throws Exception {
        open(robot);
        assertThat(app.model().libraryShownProperty().get()).isTrue();
        ctrl(robot, KeyCode.K);
        robot.write("show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(robot).subList(0, 2)).containsExactly("View \u203a Show Library",
                "View \u203a Show Side Panel");

        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().libraryShownProperty().get()).isFalse();
    }

    @Test
    void tabLeavesThePaletteAndClosesItSoTheKeyboardIsNeverTrapped(FxRobot robot) throws Exception {
        open(robot);
        ctrl(robot, KeyCode.K);
        assertThat(layer(robot).isVisible()).isTrue();

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(layer(robot).isVisible()).isFalse();
        assertThat(focusOwner()).isNotNull().isNotSameAs(field(robot));
    }

    @Test
    void theViewMenuOpensItToo(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("View");
        robot.clickOn("Command Palette\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layer(robot).isVisible()).isTrue();
        assertThat(focusOwner()).isSameAs(field(robot));
    }
}
