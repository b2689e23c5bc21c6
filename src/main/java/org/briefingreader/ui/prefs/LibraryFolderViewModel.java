package org.briefingreader.ui.prefs;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.UserMessages;

/**
 * Preferences' Library folder: the folder this run reads, and choosing another for the next start (a library
 * cannot be swapped under an open window: the index, the lock and the undo journal belong to it).
 */
public final class LibraryFolderViewModel {
    /** Said under the folder, always: the choice is for the next start. */
    public static final String NEXT_START = "A new library folder takes effect the next time Briefing Reader starts.";

    private final LibraryFolderAccess access;
    private final BackgroundRunner runner;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    public LibraryFolderViewModel(LibraryFolderAccess access, BackgroundRunner runner) {
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The folder of this run's library, or a sentence saying it is not known. */
    public String currentFolder() {
        return access.current().map(Path::toString).orElse("(not known in this window)");
    }

    /**
     * Why a folder chosen now would not be used while this run's override is given again, in a sentence; empty
     * when this run was started without one.
     */
    public String overrideNote() {
        return access.override().map(o -> "This run was started with " + o
                + ", which comes before a folder chosen here.").orElse("");
    }

    /** The folder to open the chooser in: the current one, when known. */
    public java.util.Optional<Path> startingFolder() {
        return access.current();
    }

    /** What choosing did, or why it failed: one line; empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Records {@code folder} for the next start, in the background. */
    public void choose(Path folder) {
        Path chosen = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        runner.run("record the library folder", () -> {
            access.choose(chosen);
            return chosen;
        }, recorded -> {
            failed.set(false);
            String next = "Briefing Reader will open the library in " + recorded + " the next time it starts.";
            message.set(access.override().map(o -> next.replace(" the next time it starts.",
                    " when it is next started without " + o + ".")).orElse(next));
        }, error -> {
            failed.set(true);
            message.set("Could not record the library folder: " + UserMessages.describe(error) + ".");
        });
    }
}
