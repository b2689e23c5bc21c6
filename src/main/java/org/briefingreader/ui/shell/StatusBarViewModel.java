package org.briefingreader.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.briefingreader.ui.library.LibraryEntry;
import org.briefingreader.ui.library.LibraryViewModel;
import org.briefingreader.ui.support.DisplayFormats;
import org.briefingreader.ui.support.ErrorDetails;
import org.briefingreader.ui.support.UserMessages;

/**
 * The status bar's texts: on the left the last message (the library's status sentences, or a failure as one plain
 * sentence with its technical details on demand); on the right the library size ("2,098 briefings") and the
 * search index's state ("Index: rebuilding 40%"). Needs no toolkit; call it on the FX thread.
 */
public final class StatusBarViewModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper librarySize = new ReadOnlyStringWrapper(this, "librarySize", "");
    private final ReadOnlyStringWrapper index = new ReadOnlyStringWrapper(this, "index", "");
    private final LibraryViewModel library;
    /** Until the first listing ends, "0 briefings" would be a guess. */
    private boolean listed;

    public StatusBarViewModel(LibraryViewModel library) {
        this.library = Objects.requireNonNull(library, "library");
        library.statusProperty().addListener((obs, old, status) -> showLibraryStatus());
        library.failedProperty().addListener((obs, was, is) -> showLibraryStatus());
        library.entriesProperty().addListener((ListChangeListener<LibraryEntry>) change -> countBriefings());
        library.loadingProperty().addListener((obs, was, is) -> {
            listed |= !is;
            countBriefings();
        });
        showLibraryStatus();
        countBriefings();
    }

    /** Shows a plain message, replacing any failure. */
    public void say(String sentence) {
        show(Objects.requireNonNull(sentence, "sentence"), false, "");
    }

    /**
     * Shows a failure: {@code what} says in plain words what could not be done ("Could not open the briefing"),
     * followed by what went wrong; the exception's cause chain becomes the details.
     */
    public void fail(String what, Throwable error) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(error, "error");
        show(what + ": " + UserMessages.describe(error) + ".", true, ErrorDetails.chain(error));
    }

    /**
     * Shows a problem that is not an exception: {@code what} as the message, {@code details} on demand
     * (e.g. a settings file's one-line warning naming the file).
     */
    public void warn(String what, String details) {
        show(Objects.requireNonNull(what, "what") + ".", true, Objects.requireNonNull(details, "details"));
    }

    /** An exception nobody caught: said plainly, with the reassurance that the window still works. */
    public void failUnexpectedly(Throwable error) {
        Objects.requireNonNull(error, "error");
        show("Something went wrong (" + UserMessages.describe(error) + "); the window is still usable.", true,
                ErrorDetails.chain(error));
    }

    /** Shows what the search index is doing. */
    public void indexChanged(IndexState state) {
        index.set(Objects.requireNonNull(state, "state").describe());
        if (state instanceof IndexState.Unavailable unavailable) {
            show("Search is unavailable: " + unavailable.reason().replaceAll("[.]$", "") + ".", true,
                    unavailable.reason());
        }
    }

    /** The last message; the library's status until something else is said. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The technical details behind the message; empty when there are none to show. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** {@code "1 briefing"}, {@code "2,098 briefings"}; empty until the library was first listed. */
    public ReadOnlyStringProperty librarySizeProperty() {
        return librarySize.getReadOnlyProperty();
    }

    /** The index's state, {@code "Index: ready"}; empty until an index state was reported. */
    public ReadOnlyStringProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    private void showLibraryStatus() {
        String status = library.statusProperty().get();
        if (status == null || status.isEmpty()) {
            return;
        }
        // The unreadable files behind a failed listing are the details; the sentence already names the first.
        String problems = String.join("\n", library.problemsProperty());
        show(status, library.failedProperty().get(), problems);
    }

    private void countBriefings() {
        boolean known = listed && !library.failedProperty().get();
        librarySize.set(known ? DisplayFormats.count(library.entriesProperty().size(), "briefing") : "");
    }

    private void show(String text, boolean failure, String technical) {
        message.set(text);
        failed.set(failure);
        details.set(Optional.ofNullable(technical).orElse(""));
    }
}
