package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.ReaderState;

/**
 * Restores the window's theme, pane layout and recent briefings from the remembered {@link ReaderState} and keeps
 * them current in it, in memory (saving the file is the composition root's business, off the FX thread).
 */
final class ShellMemory {
    private final ReaderStateService state;

    ShellMemory(ReaderStateService state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** Chooses the remembered theme; call before the window is built, so it is painted once, in that theme. */
    void restoreTheme(ReaderWindowViewModel model) {
        model.theme().chosenProperty().set(state.state().theme());
    }

    /** Call on the FX thread before the window is shown, after {@link #restoreTheme}. */
    void restoreAndFollow(ReaderWindow window, ReaderWindowViewModel model) {
        ReaderState remembered = state.state();
        if (!remembered.dividers().isEmpty()) {
            window.restoreLayout(PaneLayout.fromStored(remembered.dividers()));
        }
        model.recentIds().setAll(remembered.recent());

        model.theme().chosenProperty().addListener((obs, old, theme) -> state.update(s -> s.withTheme(theme)));
        window.layoutProperty().addListener((obs, old, layout) ->
                state.update(s -> s.withDividers(layout.toStored())));
        model.recentIds().addListener((ListChangeListener<String>) change -> {
            List<String> recent = List.copyOf(model.recentIds());
            state.update(s -> s.recent().equals(recent) ? s : withRecent(s, recent));
        });
    }

    private static ReaderState withRecent(ReaderState s, List<String> recent) {
        return new ReaderState(s.window(), s.dividers(), s.theme(), s.fontSize(), s.lastBriefing(), recent,
                s.positions());
    }
}
