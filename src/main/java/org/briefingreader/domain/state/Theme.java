package org.briefingreader.domain.state;

import java.util.Objects;
import java.util.Optional;

/** The colour theme the user chose for the reader window. */
public enum Theme {
    LIGHT,
    DARK,
    /**
     * Follow the operating system. JavaFX 21 has no public API that tells whether the OS is in dark mode
     * ({@code Platform.Preferences} arrived in JavaFX 22), so on JavaFX 21 the UI passes only what it can tell
     * cheaply (on Linux the {@code GTK_THEME} variable) to {@link #effective}; otherwise SYSTEM shows as LIGHT.
     */
    SYSTEM;

    /**
     * The theme to paint: LIGHT and DARK as chosen; SYSTEM as {@code osTheme} when the toolkit can tell,
     * else LIGHT. {@code SYSTEM.effective(Optional.empty())} -> {@code LIGHT}.
     */
    public Theme effective(Optional<Theme> osTheme) {
        Objects.requireNonNull(osTheme, "osTheme");
        if (this != SYSTEM) {
            return this;
        }
        return osTheme.filter(t -> t != SYSTEM).orElse(LIGHT);
    }
}
