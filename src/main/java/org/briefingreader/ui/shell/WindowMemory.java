package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.briefingreader.app.ReaderStateService;
import org.briefingreader.domain.state.WindowPlacement;
import org.briefingreader.ui.library.LibraryEntry;

/**
 * Puts the window back where it was and remembers, in memory, where it is and which briefing is open.
 *
 * <p>Only touches {@link ReaderStateService}'s memory, on the FX thread; loading and saving the file is the
 * composition root's business, off the FX thread (before {@code ReaderApp.launch} and after it returns).
 */
final class WindowMemory {
    private final ReaderStateService state;

    WindowMemory(ReaderStateService state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The briefing open when the window last closed; the window opens it when nothing else is asked for. */
    Optional<String> lastBriefing() {
        return state.state().lastBriefing();
    }

    /**
     * Gives {@code stage} its remembered bounds, when they still overlap a screen (a monitor may have been
     * unplugged since): a window restored off every screen could not be reached.
     */
    void restore(Stage stage) {
        state.state().window().ifPresent(w -> {
            if (!Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty()) {
                stage.setX(w.x());
                stage.setY(w.y());
            }
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        });
    }

    /** Keeps the open briefing (and the recent list) current, and the bounds as the window moves and as it hides. */
    void follow(Stage stage, ReaderWindowViewModel model) {
        model.library().selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                state.update(s -> s.withOpened(entry.id()));
            }
        });
        LibraryEntry already = model.library().selectedProperty().get();
        if (already != null) {
            state.update(s -> s.withOpened(already.id()));
        }
        // As it moves, not only when it closes: the half-minute save then covers a move before a crash.
        javafx.beans.InvalidationListener moved = obs -> remember(stage);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(stage));
    }

    private void remember(Stage stage) {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && Double.isFinite(stage.getX())
                && Double.isFinite(stage.getY())) {
            // A maximized stage reports the screen's bounds; keeping them is the best JavaFX offers.
            state.update(s -> s.withWindow(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized())));
        }
    }
}
