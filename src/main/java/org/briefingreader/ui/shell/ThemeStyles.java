package org.briefingreader.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.briefingreader.domain.state.Theme;

/**
 * Paints the theme a {@link ThemeViewModel} asks for: AtlantaFX's Primer Light or Primer Dark as the application's
 * user-agent stylesheet, so every control and every scene restyles at once, and a {@code :dark} pseudo-class on the
 * window's root for the few colours of our own that differ by theme (the reading pane's paper).
 */
final class ThemeStyles {
    /** Set on the window's root while the dark theme is painted. */
    static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private ThemeStyles() {
    }

    /** Paints the current theme now and again whenever it changes. Call on the FX thread. */
    static void follow(ThemeViewModel theme, Node root) {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(root, "root");
        paint(theme.effectiveProperty().get(), root);
        theme.effectiveProperty().addListener((obs, old, now) -> paint(now, root));
    }

    /**
     * Sets the current theme's user-agent stylesheet without following it. Call on the FX thread before the first
     * control is built, or JavaFX loads its default stylesheet (Modena) first, only for the theme to replace it.
     */
    static void useStylesheetOf(ThemeViewModel theme) {
        Objects.requireNonNull(theme, "theme");
        useStylesheet(theme.effectiveProperty().get());
    }

    /** The user-agent stylesheet for {@code theme} (LIGHT or DARK). */
    static String stylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }

    private static void paint(Theme theme, Node root) {
        useStylesheet(theme);
        root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }

    private static void useStylesheet(Theme theme) {
        String wanted = stylesheet(theme);
        // Setting the stylesheet parses it again (a large file): only when it really changes.
        if (!wanted.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(wanted);
        }
    }
}
