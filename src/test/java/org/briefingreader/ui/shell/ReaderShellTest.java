package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.library.JsonReaderStateStore;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.library.LibraryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The window's frame, headless: themes, collapsible panes, menus, the status bar and uncaught failures. */
@ExtendWith(ApplicationExtension.class)
class ReaderShellTest {
    private static final long TIMEOUT_SECONDS = 10;
    private static final String ARCTIC = "Arctic Shipping Lanes Open Up";

    @TempDir
    Path libraryDir;

    private ReaderApp app;
    private ReaderStateService state;
    private final List<Consumer<IndexState>> indexListeners = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        state = new ReaderStateService(new JsonReaderStateStore(LibraryPaths.under(libraryDir)));
        state.load();
        state.update(s -> s.withTheme(Theme.LIGHT));
        app = new ReaderApp(new WindowContext(ReaderWindowSmokeTest.seededLibrary(libraryDir),
                Optional.of(TestBriefings.JAPAN_RUSSIA_ID), ReaderApp.DEFAULT_TITLE, LibraryChanges.NONE,
                Optional.of(state), () -> { }, indexListeners::add));
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void choosingDarkInTheViewMenuRepaintsTheWholeWindowAndIsRemembered(FxRobot robot) throws Exception {
        waitForTheSeed();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        Region statusBar = robot.lookup(".status-bar").queryAs(Region.class);
        assertThat(background(statusBar)).isEqualTo(Color.web("#f6f8fa")); // Primer Light's -color-bg-subtle

        chooseTheme(robot, "Dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(background(statusBar)).isEqualTo(Color.web("#161b22")); // Primer Dark's -color-bg-subtle
        assertThat(app.window().root().getPseudoClassStates()).contains(ThemeStyles.DARK);
        assertThat(state.state().theme()).isEqualTo(Theme.DARK);

        chooseTheme(robot, "Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background(statusBar)).isEqualTo(Color.web("#f6f8fa"));
        assertThat(state.state().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void hidingTheLibraryTakesItOutAndShowingItPutsItBackWhereItWas(FxRobot robot) throws Exception {
        waitForTheSeed();
        SplitPane split = robot.lookup(".workspace-split").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPosition(0, 0.3));
        Region library = (Region) split.getItems().get(0);
        double sideDivider = app.window().dividers().get(1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(split.getItems()).hasSize(2).doesNotContain(library);
        assertThat(library.getScene()).isNull();
        assertThat(app.model().libraryShownProperty().get()).isFalse();
        assertThat(split.getDividerPositions()[0]).as("the side panel's divider stays put")
                .isCloseTo(sideDivider, within(0.01));
        List<Double> stored = state.state().dividers();
        assertThat(stored.get(0)).isCloseTo(0.3, within(0.01));
        assertThat(stored.subList(1, 4)).containsExactly(sideDivider, 0.0, 1.0);

        clickMenu(robot, "View", "Show Library");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(split.getItems()).hasSize(3).startsWith(library);
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.3, within(0.01));
        assertThat(app.window().dividers().get(0)).isCloseTo(0.3, within(0.01));
        assertThat(state.state().dividers().subList(2, 4)).containsExactly(1.0, 1.0);
    }

    @Test
    void openRecentListsTheBriefingsReadByTitleAndOpensOne(FxRobot robot) throws Exception {
        waitForTheSeed();
        robot.clickOn(ARCTIC);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().reader().titleProperty().get()).isEqualTo(ARCTIC);

        clickMenu(robot, "File", "Open Recent");
        List<String> listed = new ArrayList<>();
        robot.lookup(".menu-item .label").queryAllAs(Label.class).forEach(l -> listed.add(l.getText()));
        assertThat(listed).containsSubsequence(ARCTIC, TestBriefings.JAPAN_RUSSIA_TITLE);
        robot.clickOn(robot.lookup(".menu-item .label")
                .match(LabeledMatchers.hasText(TestBriefings.JAPAN_RUSSIA_TITLE)).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model().reader().briefingIdProperty().get()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        ListView<LibraryEntry> list = robot.lookup(".library-list").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        String arcticId = list.getItems().stream().filter(e -> e.title().equals(ARCTIC)).findFirst().orElseThrow()
                .id();
        assertThat(state.state().recent()).startsWith(TestBriefings.JAPAN_RUSSIA_ID, arcticId);
    }

    @Test
    void zoomKeysAndZoomMenuItemsEachActOnce(FxRobot robot) throws Exception {
        waitForTheSeed();
        List<Number> sizes = new CopyOnWriteArrayList<>();
        app.model().reader().fontSizeProperty().addListener((obs, old, size) -> sizes.add(size));
        robot.clickOn(TestBriefings.JAPAN_RUSSIA_TITLE); // focus in the library list

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sizes).containsExactly(18.0);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sizes).containsExactly(18.0, 16.0, 14.0);

        clickMenu(robot, "View", "Zoom In");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sizes).containsExactly(18.0, 16.0, 14.0, 16.0);
    }

    @Test
    void helpListsTheKeysWithThePlatformsNames(FxRobot robot) throws Exception {
        waitForTheSeed();

        clickMenu(robot, "Help", "Keyboard Shortcuts");

        List<String> keys = new ArrayList<>();
        robot.lookup(".shortcut-keys").queryAllAs(Label.class).forEach(l -> keys.add(l.getText()));
        assertThat(keys).contains(ReaderMenus.ZOOM_IN.getDisplayText(), ReaderMenus.BACK.getDisplayText(),
                "Mouse Back button", ReaderMenus.SHOW_LIBRARY.getDisplayText(), "Esc");
        Label first = robot.lookup(".shortcut-keys").queryAs(Label.class);
        robot.interact(() -> first.getScene().getWindow().hide());
    }

    @Test
    void indexStatesAndTheLibrarySizeShowOnTheRight(FxRobot robot) throws Exception {
        waitForTheSeed();
        assertThat(robot.lookup(".status-library-size").queryAs(Label.class).getText()).isEqualTo("2 briefings");

        indexListeners.forEach(l -> l.accept(IndexState.rebuilding(2, 5)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".status-index").queryAs(Label.class).getText()).isEqualTo("Index: rebuilding 40%");
    }

    @Test
    void anExceptionInAnEventHandlerIsShownAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        waitForTheSeed();
        app.window().root().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F12) {
                throw new IllegalStateException("the handler broke");
            }
        });
        robot.clickOn(TestBriefings.JAPAN_RUSSIA_TITLE);

        robot.type(KeyCode.F12);
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup(".status-text").queryAs(Label.class);
        assertThat(status.getText())
                .isEqualTo("Something went wrong (the handler broke); the window is still usable.");
        assertThat(status.getPseudoClassStates()).extracting(Object::toString).contains("failed");
        Hyperlink details = robot.lookup(".status-details").queryAs(Hyperlink.class);
        assertThat(details.isVisible()).isTrue();

        robot.clickOn(details);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea technical = robot.lookup(".status-details-text").queryAs(TextArea.class);
        assertThat(technical.getText()).isEqualTo("IllegalStateException: the handler broke");
        robot.interact(() -> technical.getScene().getWindow().hide());

        robot.clickOn(ARCTIC);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().reader().titleProperty().get()).as("the window still works").isEqualTo(ARCTIC);
    }

    private void waitForTheSeed() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> app.model().reader().sectionsProperty().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Color background(Region region) {
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    /** Clicks through a menu path, each step on the item showing now (a submenu's items exist before it opens). */
    private static void clickMenu(FxRobot robot, String... path) {
        for (String text : path) {
            robot.clickOn(onScreen(robot, text));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * View &gt; Theme &gt; {@code name}. The pointer first goes straight across into the submenu (to its first item,
     * level with "Theme"): a diagonal path would pass over the View menu's other items and close the submenu.
     */
    private static void chooseTheme(FxRobot robot, String name) {
        clickMenu(robot, "View", "Theme");
        robot.moveTo(onScreen(robot, "System"));
        robot.clickOn(onScreen(robot, name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label onScreen(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".label").match(LabeledMatchers.hasText(text)).queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow().isShowing() && l.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no menu item '" + text + "' on screen"));
    }
}
