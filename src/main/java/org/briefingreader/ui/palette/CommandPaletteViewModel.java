package org.briefingreader.ui.palette;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The command palette's state: whether it shows, the query typed, the commands it finds ({@link CommandRanking})
 * and the one chosen among them, which Up and Down move and Enter runs.
 */
public final class CommandPaletteViewModel {
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Command> matches = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: each such view listens to {@link #matches} only weakly, so a view made per call
     * would be collected, and the listeners added to it would stop hearing of changes.
     */
    private final ObservableList<Command> shownMatches = FXCollections.unmodifiableObservableList(matches);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private List<Command> commands = List.of();

    public CommandPaletteViewModel() {
        query.addListener((obs, old, now) -> refilter());
    }

    /** Shows the palette over {@code available} (the window's enabled commands now), with an empty query. */
    public void open(List<Command> available) {
        commands = List.copyOf(Objects.requireNonNull(available, "available"));
        query.set("");
        refilter();
        showing.set(true);
    }

    /** Hides the palette, running nothing. */
    public void close() {
        showing.set(false);
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** What is typed in the palette's box. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The commands the query finds, best first. */
    public ObservableList<Command> matches() {
        return shownMatches;
    }

    /** The index of the chosen match; -1 when nothing matches. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Chooses the match at {@code index}, if there is one (a click in the list). */
    public void select(int index) {
        if (index >= 0 && index < matches.size()) {
            selected.set(index);
        }
    }

    /** Chooses the next match; from the last, the first (as VS Code's palette wraps around). */
    public void moveDown() {
        if (!matches.isEmpty()) {
            selected.set((selected.get() + 1) % matches.size());
        }
    }

    /** Chooses the previous match; from the first, the last. */
    public void moveUp() {
        if (!matches.isEmpty()) {
            selected.set((selected.get() - 1 + matches.size()) % matches.size());
        }
    }

    public Optional<Command> selectedCommand() {
        int index = selected.get();
        return index >= 0 && index < matches.size() ? Optional.of(matches.get(index)) : Optional.empty();
    }

    /**
     * Closes the palette and runs the chosen command; false (and still open) when nothing is chosen. Closing first
     * gives the focus back before the command runs, so a command that moves the focus (Find) keeps its move.
     */
    public boolean runSelected() {
        Optional<Command> chosen = selectedCommand();
        if (chosen.isEmpty()) {
            return false;
        }
        close();
        chosen.get().action().run();
        return true;
    }

    private void refilter() {
        matches.setAll(CommandRanking.rank(query.get() == null ? "" : query.get(), commands));
        selected.set(matches.isEmpty() ? -1 : 0);
    }
}
