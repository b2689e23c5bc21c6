package org.briefingreader.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.ReaderState;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.PositionMemory;

/**
 * Restores the window's theme, pane layout, recent briefings, reading font (size and family) and reading positions from the
 * remembered {@link ReaderState} and keeps them current in it, in memory (saving the file happens off the FX
 * thread: {@link SettingsAutosave} while the window is open, the composition root after it closed).
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
        followReading(model.reader(), remembered);

        model.theme().chosenProperty().addListener((obs, old, theme) -> state.update(s -> s.withTheme(theme)));
        window.layoutProperty().addListener((obs, old, layout) ->
                state.update(s -> s.withDividers(layout.toStored())));
        model.recentIds().addListener((ListChangeListener<String>) change -> {
            List<String> recent = List.copyOf(model.recentIds());
            state.update(s -> s.recent().equals(recent) ? s : withRecent(s, recent));
        });
    }

    /**
     * Says in the status bar that the settings file could not be used, if so, after the first listing (whose own
     * sentence would otherwise replace it at once); the details are the store's line naming the file set aside.
     */
    void sayLoadWarning(ReaderWindowViewModel model) {
        state.loadWarning().ifPresent(warning -> model.afterNextListing(() -> model.statusBar().warn(
                "Your reader settings could not be used, so the defaults apply", warning)));
    }

    /** Before the first briefing is shown, so it opens where it was left and at the remembered size. */
    private void followReading(BriefingViewModel reader, ReaderState remembered) {
        reader.setFontSize(remembered.fontSize());
        reader.fontSizeProperty().addListener((obs, old, size) ->
                state.update(s -> s.withFontSize(size.doubleValue())));
        reader.setFontFamily(remembered.fontFamily());
        reader.fontFamilyProperty().addListener((obs, old, family) -> state.update(s -> s.withFontFamily(family)));
        reader.setPositionMemory(new PositionMemory() {
            @Override
            public Optional<String> positionIn(String briefingId) {
                return state.state().positionIn(briefingId);
            }

            @Override
            public void remember(String briefingId, String unitId) {
                // Called as the reader scrolls: only a new top unit changes the state (and so asks for a save).
                state.update(s -> isLatest(s, briefingId, unitId) ? s : s.withPosition(briefingId, unitId));
            }
        });
    }

    private static boolean isLatest(ReaderState s, String briefingId, String unitId) {
        return !s.positions().isEmpty() && s.positions().get(0).briefingId().equals(briefingId)
                && s.positions().get(0).unitId().equals(unitId);
    }

    private static ReaderState withRecent(ReaderState s, List<String> recent) {
        return new ReaderState(s.window(), s.dividers(), s.theme(), s.fontSize(), s.lastBriefing(), recent,
                s.positions(), s.fontFamily());
    }
}
