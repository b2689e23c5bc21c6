package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingreader.domain.state.Theme;

/**
 * The theme the user chose (System, Light or Dark) and the one to paint, which for System is the OS theme
 * {@link SystemTheme} could tell, else light. Needs no toolkit; {@link ThemeStyles} paints it.
 */
public final class ThemeViewModel {
    private final ObjectProperty<Theme> chosen = new SimpleObjectProperty<>(this, "chosen", Theme.SYSTEM);
    private final ReadOnlyObjectWrapper<Theme> effective = new ReadOnlyObjectWrapper<>(this, "effective");
    private final Optional<Theme> osTheme;

    /** @param osTheme what the OS is in, when known ({@link SystemTheme#detect()}) */
    public ThemeViewModel(Optional<Theme> osTheme) {
        this.osTheme = Objects.requireNonNull(osTheme, "osTheme");
        effective.set(Theme.SYSTEM.effective(osTheme));
        chosen.addListener((obs, old, theme) -> {
            if (theme == null) {
                chosen.set(old); // a theme is always chosen; null would leave nothing to paint
            } else {
                effective.set(theme.effective(osTheme));
            }
        });
    }

    /** The user's choice; {@link Theme#SYSTEM} at first. */
    public ObjectProperty<Theme> chosenProperty() {
        return chosen;
    }

    /** LIGHT or DARK, never SYSTEM: what the window is painted in. */
    public ReadOnlyObjectProperty<Theme> effectiveProperty() {
        return effective.getReadOnlyProperty();
    }

    public Optional<Theme> osTheme() {
        return osTheme;
    }
}
