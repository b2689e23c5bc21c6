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
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.library.LibraryEntry;
import org.fxmisc.richtext.StyleClassedTextArea;
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
        app = new ReaderApp(new WindowContext(library, Optional.of(TestBriefings.JAPAN_RUSSIA_ID),
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
                () -> headings(robot).size() == 7);

        assertThat(stage.getTitle()).isEqualTo("Briefing Reader");
        ListView<LibraryEntry> list = robot.lookup(".library-list").queryListView();
        assertThat(list.getItems()).extracting(LibraryEntry::title)
                .contains(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        assertThat(robot.lookup(".library-entry-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(TestBriefings.JAPAN_RUSSIA_TITLE);

        StyleClassedTextArea text = textArea(robot);
        assertThat(text.getParagraph(0).getText()).isEqualTo(TestBriefings.JAPAN_RUSSIA_TITLE);
        assertThat(text.getParagraph(0).getParagraphStyle()).containsExactly("unit-title");
        assertThat(text.isVisible()).isTrue();
        assertThat(headings(robot)).containsExactlyElementsOf(TestBriefings.JAPAN_RUSSIA_HEADINGS);
        assertThat(paragraphsStyled(text, "unit-summary")).hasSize(3);
        assertThat(robot.lookup(".briefing-meta").queryAs(Label.class).getText()).startsWith("May 25, 2018");
        assertThat(robot.lookup(".status-text").queryAs(Label.class).getText()).isEqualTo("2 briefings in the library.");
    }

    @Test
    void clickingAnotherBriefingShowsItInTheReader(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> headings(robot).size() == 7);

        robot.clickOn("Arctic Shipping Lanes Open Up");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(textArea(robot).getParagraph(0).getText()).isEqualTo("Arctic Shipping Lanes Open Up");
        assertThat(headings(robot)).containsExactly("Part 1", "Part 2");
    }

    @Test
    void outlineLinkScrollsItsSectionIntoView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> headings(robot).size() == 7);
        StyleClassedTextArea text = textArea(robot);
        int lastHeading = text.getParagraphs().size() - 1 - 2;
        assertThat(text.getParagraph(lastHeading).getText()).isEqualTo("How It Will Play Out");
        assertThat(visible(text, lastHeading)).as("last heading visible before scrolling").isFalse();

        robot.clickOn(robot.lookup(".outline-link").lookup("How It Will Play Out").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible(text, lastHeading)).as("last heading visible after clicking its outline link").isTrue();
    }

    @Test
    void sectionAndFontKeysWorkWithTheFocusInTheLibraryList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> headings(robot).size() == 7);
        StyleClassedTextArea text = textArea(robot);
        robot.clickOn(TestBriefings.JAPAN_RUSSIA_TITLE); // the library list has the focus
        String fontBefore = text.getStyle();

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getParagraph(firstVisible(text)).getText()).isEqualTo("The Big Picture");

        robot.type(KeyCode.CLOSE_BRACKET);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getParagraph(firstVisible(text)).getText()).isEqualTo("The History");

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getParagraph(firstVisible(text)).getText()).isEqualTo("The Big Picture");

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getStyle()).isNotEqualTo(fontBefore);
    }

    @Test
    void aChangeByAnotherProcessIsListedWithoutLosingThePlace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> headings(robot).size() == 7);
        robot.clickOn(robot.lookup(".outline-link").lookup("The History").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea text = textArea(robot);
        int firstVisible = firstVisible(text);
        assertThat(firstVisible).isPositive();
        JsonBriefingStore sameFolder = new JsonBriefingStore(LibraryPaths.under(libraryDir).briefings());
        sameFolder.save(TestBriefings.simple("Sahel Briefing", Optional.of(LocalDate.of(2019, 11, 4)), 1));

        changeListeners.forEach(Runnable::run);
        ListView<LibraryEntry> list = robot.lookup(".library-list").queryListView();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(); // the size is read off the FX thread: let it finish the update

        assertThat(list.getItems()).extracting(LibraryEntry::title).contains("Sahel Briefing");
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(TestBriefings.JAPAN_RUSSIA_ID);
        assertThat(firstVisible(text)).as("the reader kept its place").isEqualTo(firstVisible);
    }

    private static StyleClassedTextArea textArea(FxRobot robot) {
        return robot.lookup(".briefing-text").queryAs(StyleClassedTextArea.class);
    }

    private static List<String> headings(FxRobot robot) {
        return paragraphsStyled(textArea(robot), "unit-heading");
    }

    private static List<String> paragraphsStyled(StyleClassedTextArea text, String styleClass) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> IntStream.range(0, text.getParagraphs().size())
                .filter(i -> text.getParagraph(i).getParagraphStyle().contains(styleClass))
                .mapToObj(i -> text.getParagraph(i).getText()).toList()));
    }

    private static int firstVisible(StyleClassedTextArea text) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> text.visibleParToAllParIndex(0)));
    }

    /** True when paragraph {@code paragraph} lies wholly inside the area's viewport. */
    private static boolean visible(StyleClassedTextArea text, int paragraph) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Bounds area = text.localToScreen(text.getLayoutBounds());
            return text.getParagraphBoundsOnScreen(paragraph)
                    .map(b -> b.getMinY() >= area.getMinY() && b.getMaxY() <= area.getMaxY()).orElse(false);
        }));
    }
}
