package org.briefingreader.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The palette's filtering, ranking and choosing, without a toolkit. */
class CommandPaletteViewModelTest {
    private final List<String> ran = new ArrayList<>();

    private Command command(String path, String name) {
        return new Command(name, path, "", () -> ran.add(name));
    }

    private final List<Command> menus = List.of(
            command("File", "Quit"),
            command("Edit", "Undo"),
            command("Edit", "Highlight Selection"),
            command("View \u203a Theme", "Dark"),
            command("View", "Zoom In"),
            command("View", "Zoom Out"),
            command("View", "Actual Size"),
            command("Search", "Find in Briefing"),
            command("Search", "Find in Library"),
            command("Go", "Next Section"),
            command("Side Panel", "Show Notes Tab"));

    private List<String> names(String query) {
        return CommandRanking.rank(query, menus).stream().map(Command::name).toList();
    }

    @Test
    void aBlankQueryListsEveryCommandInMenuOrder() {
        assertThat(names("  ")).containsExactlyElementsOf(menus.stream().map(Command::name).toList());
    }

    @Test
    void aNameStartingWithTheQueryComesFirstThenWordStarts() {
        // "in" starts no name, but starts a word of Zoom In, Find in Briefing and Find in Library.
        assertThat(names("zoom i")).containsExactly("Zoom In");
        assertThat(names("in").subList(0, 3)).containsExactly("Zoom In", "Find in Briefing", "Find in Library");
        assertThat(names("f")).startsWith("Find in Briefing", "Find in Library");
    }

    @Test
    void queryWordsMayEachStartAWordInOrder() {
        assertThat(names("hi sel")).containsExactly("Highlight Selection");
        assertThat(names("sel hi")).doesNotContain("Highlight Selection");
    }

    @Test
    void lettersInOrderMatchAndWordStartsBeatLettersInsideWords() {
        // f-i-b: the b starts "Briefing" but sits inside "Library".
        assertThat(names("fib")).containsExactly("Find in Briefing", "Find in Library");
        assertThat(names("zmo")).containsExactly("Zoom Out");
        assertThat(names("xyz")).isEmpty();
    }

    @Test
    void aContiguousPieceBeatsScatteredLetters() {
        // "ght" stands whole in "Highlight Selection"; in "Highlight..." only; "Actual Size" has no g.
        assertThat(names("ight")).startsWith("Highlight Selection");
    }

    @Test
    void theMenuPathFindsCommandsAfterEveryNameMatch() {
        assertThat(names("view")).containsExactly("Dark", "Zoom In", "Zoom Out", "Actual Size");
        assertThat(names("theme dark")).containsExactly("Dark");
        // "dark" matches the name itself: no need of the path.
        assertThat(names("dark")).containsExactly("Dark");
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(names("ZOOM-IN")).containsExactly("Zoom In");
    }

    @Test
    void typingFiltersAndChoosesTheBestMatch() {
        CommandPaletteViewModel model = new CommandPaletteViewModel();
        model.open(menus);
        assertThat(model.showingProperty().get()).isTrue();
        assertThat(model.matches()).hasSize(menus.size());
        assertThat(model.selectedProperty().get()).isZero();

        model.queryProperty().set("zoom");
        assertThat(model.matches()).extracting(Command::name).containsExactly("Zoom In", "Zoom Out");
        assertThat(model.selectedCommand()).map(Command::name).contains("Zoom In");

        model.queryProperty().set("nothing like it");
        assertThat(model.matches()).isEmpty();
        assertThat(model.selectedProperty().get()).isEqualTo(-1);
        assertThat(model.runSelected()).isFalse();
        assertThat(model.showingProperty().get()).as("nothing to run: stays open").isTrue();
    }

    @Test
    void upAndDownMoveTheChoiceAndWrapAround() {
        CommandPaletteViewModel model = new CommandPaletteViewModel();
        model.open(menus);
        model.queryProperty().set("zoom");
        model.moveDown();
        assertThat(model.selectedCommand()).map(Command::name).contains("Zoom Out");
        model.moveDown();
        assertThat(model.selectedCommand()).map(Command::name).contains("Zoom In");
        model.moveUp();
        assertThat(model.selectedCommand()).map(Command::name).contains("Zoom Out");
    }

    @Test
    void enterClosesThenRunsTheChosenCommandOnce() {
        CommandPaletteViewModel model = new CommandPaletteViewModel();
        List<Boolean> showingWhenRun = new ArrayList<>();
        model.open(List.of(new Command("Zoom In", "View", "Ctrl+=", () -> showingWhenRun.add(
                model.showingProperty().get()))));
        assertThat(model.runSelected()).isTrue();
        assertThat(showingWhenRun).containsExactly(false);
    }

    @Test
    void reopeningStartsWithAnEmptyQueryAndTheNewCommands() {
        CommandPaletteViewModel model = new CommandPaletteViewModel();
        model.open(menus);
        model.queryProperty().set("zoom");
        model.close();
        model.open(List.of(command("File", "Quit")));
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.matches()).extracting(Command::name).containsExactly("Quit");
    }

    @Test
    void aCommandNeedsAName() {
        assertThatThrownBy(() -> new Command(" ", "View", "", () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(command("View \u203a Theme", "Dark").label()).isEqualTo("View \u203a Theme \u203a Dark");
        assertThat(command("", "Focus Reading Pane").label()).isEqualTo("Focus Reading Pane");
    }
}
