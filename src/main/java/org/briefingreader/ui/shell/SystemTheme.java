package org.briefingreader.ui.shell;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.state.Theme;

/**
 * Guesses whether the operating system is in dark mode, for {@link Theme#SYSTEM}.
 *
 * <p>JavaFX 21 cannot tell ({@code Platform.Preferences} arrived in JavaFX 22), and asking the OS otherwise would
 * mean spawning a process ({@code gsettings}, {@code defaults read}, {@code reg query}) at start-up, which costs
 * time before the first frame and can hang. So only what is free is read: on Linux the {@code GTK_THEME}
 * environment variable, which GTK itself honours, is dark when it names a dark variant ({@code "Adwaita:dark"})
 * or a theme whose name ends in "-dark" ({@code "Yaru-dark"}). Everything else (macOS, Windows, a Linux desktop
 * that sets no {@code GTK_THEME}) is unknown, and {@link Theme#effective} then paints light. The user can always
 * choose Light or Dark in View &gt; Theme.
 */
public final class SystemTheme {
    private SystemTheme() {
    }

    /** The OS theme of this process's environment, when it can be told. */
    public static Optional<Theme> detect() {
        return detect(System.getenv(), System.getProperty("os.name", ""));
    }

    /** The OS theme for the given environment and {@code os.name}; {@code GTK_THEME=Adwaita:dark} gives DARK. */
    static Optional<Theme> detect(Map<String, String> environment, String osName) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(osName, "osName");
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        String gtkTheme = environment.get("GTK_THEME");
        if (gtkTheme == null || gtkTheme.isBlank()) {
            return Optional.empty();
        }
        String theme = gtkTheme.strip().toLowerCase(Locale.ROOT);
        boolean dark = theme.endsWith(":dark") || theme.endsWith("-dark") || theme.endsWith("_dark");
        return Optional.of(dark ? Theme.DARK : Theme.LIGHT);
    }
}
