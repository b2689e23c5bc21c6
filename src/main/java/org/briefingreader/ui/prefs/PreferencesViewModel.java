package org.briefingreader.ui.prefs;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.ui.notes.NotesParts;
import org.briefingreader.ui.reader.BriefingViewModel;

/**
 * The Preferences dialog's state, one part per section, and the category palette the reading pane paints
 * highlights with (alive from the start, whether or not the dialog is ever opened). Needs no toolkit.
 */
public final class PreferencesViewModel {
    private final CategoryPalette palette;
    private final CategoriesViewModel categories;
    private final AppearanceViewModel appearance;
    private final LibraryFolderViewModel libraryFolder;

    /**
     * @param theme           the window's chosen theme
     * @param installedFonts  the font families installed (JavaFX's {@code Font.getFamilies()})
     */
    public PreferencesViewModel(NotesParts parts, BriefingViewModel reader, ObjectProperty<Theme> theme,
            Supplier<List<String>> installedFonts, LibraryFolderAccess folder) {
        Objects.requireNonNull(parts, "parts");
        this.palette = new CategoryPalette(parts);
        this.categories = new CategoriesViewModel(parts, palette);
        this.appearance = new AppearanceViewModel(theme, reader, installedFonts);
        this.libraryFolder = new LibraryFolderViewModel(folder, parts.runner());
    }

    public CategoryPalette palette() {
        return palette;
    }

    public CategoriesViewModel categories() {
        return categories;
    }

    public AppearanceViewModel appearance() {
        return appearance;
    }

    public LibraryFolderViewModel libraryFolder() {
        return libraryFolder;
    }
}
