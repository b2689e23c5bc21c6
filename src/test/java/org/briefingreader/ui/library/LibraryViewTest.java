package org.briefingreader.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ui.InMemoryBriefingStore;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The library pane on its own, headless, in the AtlantaFX light theme the window uses. */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final Briefing arctic = TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2);
    private final Briefing zambezi = TestBriefings.simple("The Zambezi Dams", Optional.of(LocalDate.of(2020, 7, 9)), 1);
    private final Briefing undated = TestBriefings.simple("Notes Without a Date", Optional.empty(), 1);
    private LibraryViewModel model;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: the primary stage keeps the size of its first scene, which would squeeze the
        // window of the tests that run after this one.
        stage = new Stage();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new LibraryViewModel(new LibraryService(new InMemoryBriefingStore(seed, arctic, zambezi, undated)),
                new InlineBackgroundRunner());
        LibraryView view = new LibraryView(model);
        stage.setScene(new Scene(view.root(), 320, 600));
        stage.show();
        model.load(Optional.of(seed.id()));
    }

    @Stop
    void stop() {
        // Back to JavaFX's own theme, so that tests after this one start as they would alone; closed first,
        // or the pane would be restyled under a theme without AtlantaFX's colours (and warn about each).
        stage.close();
        Application.setUserAgentStylesheet(null);
    }

    @Test
    void typingInTheFilterNarrowsTheListAndEscapeClearsIt(FxRobot robot) {
        robot.clickOn(".library-filter").write("ship lanes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).extracting(LibraryEntry::title)
                .containsExactly("Arctic Shipping Lanes Open Up");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(filter(robot).getText()).isEmpty();
        assertThat(list(robot).getItems()).hasSize(4);
    }

    @Test
    void aFilterThatMatchesNothingSaysSo(FxRobot robot) {
        robot.clickOn(".library-filter").write("xyz");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.lookup(".library-placeholder").queryAs(Label.class).getText())
                .isEqualTo("No briefings match \u201cxyz\u201d.");
    }

    @Test
    void theClearButtonEmptiesTheFilter(FxRobot robot) {
        robot.clickOn(".library-filter").write("zambezi");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".library-filter-clear").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(filter(robot).getText()).isEmpty();
        assertThat(list(robot).getItems()).hasSize(4);
    }

    @Test
    void choosingTitleOrderReordersTheList(FxRobot robot) {
        assertThat(list(robot).getItems()).extracting(LibraryEntry::id)
                .containsExactly(arctic.id(), zambezi.id(), seed.id(), undated.id());

        robot.clickOn(".library-sort").clickOn(LibrarySort.TITLE.label());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.sortProperty().get()).isEqualTo(LibrarySort.TITLE);
        assertThat(robot.lookup(".library-sort").queryAs(MenuButton.class).getTooltip().getText())
                .isEqualTo("Sort: Title A\u2013Z");
        assertThat(list(robot).getItems()).extracting(LibraryEntry::id)
                .containsExactly(arctic.id(), seed.id(), undated.id(), zambezi.id());
        assertThat(list(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(seed.id());
    }

    @Test
    void aBriefingTheFilterHidesIsStillReadButNotSelectedInTheList(FxRobot robot) {
        assertThat(list(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(seed.id());

        robot.clickOn(".library-filter").write("arctic");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedProperty().get().id()).isEqualTo(seed.id());
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isNull();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(seed.id());
    }

    @Test
    void downArrowInTheFilterMovesIntoTheListOnTheFirstMatch(FxRobot robot) {
        robot.clickOn(".library-filter").write("notes");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list(robot).isFocused()).isTrue();
        assertThat(model.selectedProperty().get().id()).isEqualTo(undated.id());
        assertThat(list(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(undated.id());
    }

    @Test
    void clickingARowSelectsItsBriefing(FxRobot robot) {
        robot.clickOn("The Zambezi Dams");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedProperty().get().id()).isEqualTo(zambezi.id());
    }

    private static ListView<LibraryEntry> list(FxRobot robot) {
        return robot.lookup(".library-list").queryListView();
    }

    private static TextField filter(FxRobot robot) {
        return robot.lookup(".library-filter").queryAs(TextField.class);
    }
}
