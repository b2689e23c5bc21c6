package org.briefingreader.ui.prefs;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ui.notes.NotesParts;
import org.briefingreader.ui.support.UserMessages;

/**
 * Preferences' Categories and colours: the library's categories with their colours, and adding, renaming and
 * recolouring one. Each change is stored in the background through the annotation service and then announced
 * ({@link NotesParts#changed()}), so the list here, the highlights' colours and the Notes tab read it again.
 * What went wrong is one line in {@link #messageProperty()}.
 */
public final class CategoriesViewModel {
    private final NotesParts parts;
    private final CategoryPalette palette;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public CategoriesViewModel(NotesParts parts, CategoryPalette palette) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.palette = Objects.requireNonNull(palette, "palette");
        palette.problemProperty().addListener((obs, old, problem) -> {
            if (!problem.isEmpty()) {
                fail(problem);
            }
        });
    }

    /** The categories, in the library's order, as last read. */
    public ReadOnlyObjectProperty<List<Category>> categoriesProperty() {
        return palette.categoriesProperty();
    }

    /** What the last action did, or why it could not be done: one line; empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} says something failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True while a change is being stored; the view disables its buttons meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Adds category {@code name} in {@code colour} ({@code #rrggbb}); a name already in use is refused. */
    public void add(String name, String colour) {
        Category category;
        try {
            category = new Category(Objects.requireNonNullElse(name, ""), Objects.requireNonNullElse(colour, ""));
        } catch (IllegalArgumentException e) {
            fail("Cannot add the category: " + e.getMessage() + ".");
            return;
        }
        if (find(category.key()) != null) {
            fail("There is already a category named \u201c" + find(category.key()).name() + "\u201d.");
            return;
        }
        store("add a category", () -> parts.access().open().putCategory(category),
                "Added \u201c" + category.name() + "\u201d.", "Could not add the category");
    }

    /** Gives {@code category} the name {@code to}, and every annotation filed under it. */
    public void rename(Category category, String to) {
        Objects.requireNonNull(category, "category");
        String wanted = Objects.requireNonNullElse(to, "").strip();
        try {
            new Category(wanted, category.colour());
        } catch (IllegalArgumentException e) {
            fail("Cannot rename the category: " + e.getMessage() + ".");
            return;
        }
        store("rename a category", () -> parts.access().open().renameCategory(category.name(), wanted),
                "Renamed \u201c" + category.name() + "\u201d to \u201c" + wanted + "\u201d.",
                "Could not rename the category");
    }

    /** Paints {@code category} in {@code colour} ({@code #rrggbb}). */
    public void recolour(Category category, String colour) {
        Objects.requireNonNull(category, "category");
        Category recoloured;
        try {
            recoloured = new Category(category.name(), Objects.requireNonNullElse(colour, ""));
        } catch (IllegalArgumentException e) {
            fail("Cannot recolour the category: " + e.getMessage() + ".");
            return;
        }
        store("recolour a category", () -> parts.access().open().putCategory(recoloured),
                "\u201c" + category.name() + "\u201d is now " + recoloured.colour() + ".",
                "Could not recolour the category");
    }

    private Category find(String key) {
        return categoriesProperty().get().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    private void store(String description, Callable<List<Category>> work, String done, String failure) {
        busy.set(true);
        parts.runner().run(description, work, categories -> {
            busy.set(false);
            failed.set(false);
            message.set(done);
            parts.changed();
        }, error -> {
            busy.set(false);
            fail(failure + ": " + UserMessages.describe(error) + ".");
        });
    }

    private void fail(String line) {
        failed.set(true);
        message.set(line);
    }
}
