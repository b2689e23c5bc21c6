package org.briefingreader.ui.prefs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReadingFont;

/**
 * Preferences' Appearance: the theme (the same choice as View &gt; Theme) and the reading font's family and size
 * (the size the zoom keys change). It changes the window's own models, whose remembered state
 * ({@code ShellMemory}) keeps them for the next start.
 */
public final class AppearanceViewModel {
    /** The toolkit's logical families, offered first: present on every platform. */
    static final List<String> LOGICAL_FAMILIES = List.of(ReadingFont.DEFAULT_FAMILY, "SansSerif", "System",
            "Monospaced");

    private final ObjectProperty<Theme> theme;
    private final BriefingViewModel reader;
    private final Supplier<List<String>> installed;
    private List<String> families;

    /**
     * @param installed the font families installed, in any order (JavaFX's {@code Font.getFamilies()}); asked
     *                  once, when first needed, as listing the system's fonts takes a moment
     */
    public AppearanceViewModel(ObjectProperty<Theme> theme, BriefingViewModel reader,
            Supplier<List<String>> installed) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.installed = Objects.requireNonNull(installed, "installed");
    }

    /** The chosen theme (System, Light or Dark); setting it repaints the window. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The families to choose from: the logical ones, then the installed ones by name. */
    public List<String> families() {
        if (families == null) {
            Set<String> all = new LinkedHashSet<>(LOGICAL_FAMILIES);
            installed.get().stream().sorted(String.CASE_INSENSITIVE_ORDER).forEach(all::add);
            families = List.copyOf(new ArrayList<>(all));
        }
        return families;
    }

    public ReadOnlyStringProperty fontFamilyProperty() {
        return reader.fontFamilyProperty();
    }

    /** Reads in {@code family}; a name a style could not hold is ignored. */
    public void setFontFamily(String family) {
        reader.setFontFamily(family);
    }

    public ReadOnlyDoubleProperty fontSizeProperty() {
        return reader.fontSizeProperty();
    }

    /** Reads at {@code pixels}, clamped to {@link ReadingFont#MIN_SIZE}..{@link ReadingFont#MAX_SIZE}. */
    public void setFontSize(double pixels) {
        reader.setFontSize(pixels);
    }

    /** Back to the serif family at the usual size. */
    public void resetFont() {
        reader.setFontFamily(ReadingFont.DEFAULT_FAMILY);
        reader.resetFontSize();
    }
}
