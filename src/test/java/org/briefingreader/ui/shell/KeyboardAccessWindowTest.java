package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.ui.shell.WindowRuns.waitUntil;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.briefingreader.ui.TestBriefings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window by keyboard alone, headless: F6 between the panes, Ctrl+Tab between the side panel's tabs, every key
 * in Help &gt; Keyboard Shortcuts, and a name for every button a screen reader meets.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessWindowTest {
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

    private Node focusOwner() {
        return app.window().root().getScene().getFocusOwner();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean within(Node root, Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }

    @Test
    void f6CyclesLibraryReadingPaneAndSidePanelAndShiftF6GoesBack(FxRobot robot) throws Exception {
        open(robot);
        Node text = app.window().briefingView().textArea();
        Node list = robot.lookup(".library-list").query();
        TextField searchBox = app.window().searchView().box();
        robot.interact(text::requestFocus);

        press(robot, KeyCode.F6);
        assertThat(focusOwner()).as("the side panel's Search tab: its box").isSameAs(searchBox);
        press(robot, KeyCode.F6);
        assertThat(focusOwner()).isSameAs(list);
        press(robot, KeyCode.F6);
        assertThat(focusOwner()).isSameAs(text);
        press(robot, KeyCode.SHIFT, KeyCode.F6);
        assertThat(focusOwner()).isSameAs(list);

        robot.interact(() -> app.model().sidePanelShownProperty().set(false));
        robot.interact(text::requestFocus);
        press(robot, KeyCode.F6);
        assertThat(focusOwner()).as("a hidden pane is skipped").isSameAs(list);
    }

    @Test
    void ctrlTabTurnsTheSidePanelsTabsFromInsideATab(FxRobot robot) throws Exception {
        open(robot);
        SidePanel panel = app.window().sidePanel();
        robot.interact(() -> app.window().searchView().box().requestFocus());

        press(robot, KeyCode.CONTROL, KeyCode.TAB);
        assertThat(panel.notesTab().isSelected()).isTrue();
        assertThat(within(panel.notesTab().getContent(), focusOwner())).as("the keyboard follows into the tab")
                .isTrue();
        assertThat(focusOwner()).as("into its filter box, to type at once").isInstanceOf(TextField.class);
        press(robot, KeyCode.CONTROL, KeyCode.TAB);
        assertThat(panel.relatedTab().isSelected()).isTrue();
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(panel.searchTab().isSelected()).isTrue();
    }

    @Test
    void tabWalksEveryPaneAndComesBackSoNothingTrapsTheKeyboard(FxRobot robot) throws Exception {
        open(robot);
        Node text = app.window().briefingView().textArea();
        robot.interact(text::requestFocus);
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < 40 && (visited.isEmpty() || focusOwner() != text); i++) {
            press(robot, KeyCode.TAB);
            visited.add(focusOwner());
        }
        String order = visited.stream().map(n -> n.getClass().getSimpleName() + n.getStyleClass()).toList().toString();
        assertThat(visited).as("Tab comes back to the text: " + order).endsWith(text);
        assertThat(visited).contains(robot.lookup(".library-list").query(), app.window().searchView().box());
    }

    @Test
    void f10OpensTheMenus(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> app.window().briefingView().textArea().requestFocus());
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);

        press(robot, KeyCode.F10);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menus.getMenus().get(0).isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyKeyConstantOfTheWindowIsInTheShortcutList(FxRobot robot) throws Exception {
        open(robot);
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> listed = KeyboardShortcuts.of(menus).stream().map(KeyboardShortcuts.Shortcut::keys).toList();

        List<Field> constants = keyConstants();
        assertThat(constants).as("the scan finds the window's keys").hasSizeGreaterThan(15);
        for (Field constant : constants) {
            constant.setAccessible(true);
            String keys = ((KeyCombination) constant.get(null)).getDisplayText();
            assertThat(listed).as(constant.getDeclaringClass().getSimpleName() + "." + constant.getName())
                    .contains(keys);
        }
    }

    @Test
    void aNewMenuItemsKeyIsListedWithoutMore(FxRobot robot) throws Exception {
        open(robot);
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem added = new MenuItem("Export Notes\u2026");
        added.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        robot.interact(() -> menus.getMenus().get(0).getItems().add(0, added));

        assertThat(KeyboardShortcuts.of(menus)).contains(new KeyboardShortcuts.Shortcut(
                added.getAccelerator().getDisplayText(), "Export Notes\u2026", "File"));
    }

    @Test
    void everyButtonInTheWindowHasTextOrAnAccessibleName(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> app.model().library().filterProperty().set("Japan")); // shows the filter's clear button
        for (var tab : List.of(app.window().sidePanel().notesTab(), app.window().sidePanel().relatedTab(),
                app.window().sidePanel().searchTab())) {
            robot.interact(() -> app.window().sidePanel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> nameless = new ArrayList<>();
            List<ButtonBase> buttons = new ArrayList<>();
            collect(app.window().root().getScene().getRoot(), buttons);
            for (ButtonBase button : buttons) {
                boolean text = button.getText() != null && !button.getText().isBlank();
                boolean name = button.getAccessibleText() != null && !button.getAccessibleText().isBlank();
                if (!text && !name) {
                    nameless.add(button.getClass().getSimpleName() + " " + button.getStyleClass());
                }
            }
            assertThat(buttons).as("the walk reaches the buttons").hasSizeGreaterThan(3);
            assertThat(nameless).as("buttons with neither text nor accessible text, " + tab.getText() + " tab")
                    .isEmpty();
        }
    }

    /** The buttons a screen reader meets: those shown (a hidden node's empty text is no fault). */
    private static void collect(Node node, List<ButtonBase> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button) {
            out.add(button);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    /** Every {@code static final KeyCombination} declared in a class of the {@code ui} packages. */
    private static List<Field> keyConstants() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ReaderWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path ui = classes.resolve("org/briefingreader/ui");
        List<Field> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ui)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                    ReaderWindow.class.getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && KeyCombination.class.isAssignableFrom(field.getType())) {
                    found.add(field);
                }
            }
        }
        return found;
    }
}
