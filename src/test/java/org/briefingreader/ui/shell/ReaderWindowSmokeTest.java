package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryFolder;
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
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window, headless, on a real library folder seeded with the bundled briefing. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowSmokeTest {
    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path libraryDir;

    private ReaderApp app;
    private Stage stage;
    private LibraryService library;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    /**
     * The library the window opens on: a real library folder on disk, seeded the way a user's new library is
     * (with the bundled Japan-Russia briefing), plus one newer briefing so the initial-selection hand-over and
     * switching between briefings are exercised.
     */
    static LibraryService seededLibrary(Path dir) {
        try {
            JsonBriefingStore store = LibraryFolder.open(LibraryPaths.under(dir));
            store.save(TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2));
            return new LibraryService(store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        library = seededLibrary(libraryDir);
        app = new ReaderApp(new ReaderApp.Context(library, Optional.of(TestBriefings.JAPAN_RUSSIA_ID),
                changeListeners::add));
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void windowShowsTheLibraryAndTheWantedBriefingsStructure(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".section-heading").queryAll().size() == 7);

        assertThat(stage.getTitle()).isEqualTo("Briefing Reader");
        ListView<LibraryEntry> list = robot.lookup(".library-list").queryListView();
        assertThat(list.getItems()).extracting(LibraryEntry::title)
                .contains(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        assertThat(robot.lookup(".library-entry-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(TestBriefings.JAPAN_RUSSIA_TITLE);

        Label title = robot.lookup(".briefing-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(title.isVisible()).isTrue();
        assertThat(robot.lookup(".section-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(TestBriefings.JAPAN_RUSSIA_HEADINGS);
        assertThat(robot.lookup(".summary-text").queryAll()).hasSize(3);
        assertThat(robot.lookup(".status-text").queryAs(Label.class).getText()).isEqualTo("2 briefings in the library.");
    }

    @Test
    void clickingAnotherBriefingShowsItInTheReader(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".section-heading").queryAll().size() == 7);

        robot.clickOn("Arctic Shipping Lanes Open Up");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".briefing-title").queryAs(Label.class).getText())
                .isEqualTo("Arctic Shipping Lanes Open Up");
        assertThat(robot.lookup(".section-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Part 1", "Part 2");
    }

    @Test
    void outlineLinkScrollsItsSectionIntoView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".section-heading").queryAll().size() == 7);
        ScrollPane scroll = robot.lookup(".briefing-scroll").queryAs(ScrollPane.class);
        Label lastHeading = robot.lookup(".section-heading").lookup("How It Will Play Out").queryAs(Label.class);
        assertThat(isInside(lastHeading, scroll)).as("last heading visible before scrolling").isFalse();

        robot.clickOn(robot.lookup(".outline-link").lookup("How It Will Play Out").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scroll.getVvalue()).isGreaterThan(0);
        assertThat(isInside(lastHeading, scroll)).as("last heading visible after clicking its outline link").isTrue();
    }

    @Test
    void aChangeByAnotherProcessIsListedWithoutLosingThePlace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".section-heading").queryAll().size() == 7);
        Label titleBefore = robot.lookup(".briefing-title").queryAs(Label.class);
        JsonBriefingStore sameFolder = new JsonBriefingStore(LibraryPaths.under(libraryDir).briefings());
        sameFolder.save(TestBriefings.simple("Sahel Briefing", Optional.of(LocalDate.of(2019, 11, 4)), 1));

        changeListeners.forEach(Runnable::run);
        ListView<LibraryEntry> list = robot.lookup(".library-list").queryListView();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(); // the size is read off the FX thread: let it finish the update

        assertThat(list.getItems()).extracting(LibraryEntry::title).contains("Sahel Briefing");
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        assertThat(robot.lookup(".briefing-title").queryAs(Label.class)).as("the reader was not rebuilt")
                .isSameAs(titleBefore);
    }

    private static boolean isInside(Node node, ScrollPane scroll) {
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinY() >= viewport.getMinY() && bounds.getMaxY() <= viewport.getMaxY();
    }
}
