package org.briefingreader.ui.notes;

import java.util.Objects;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.briefingreader.ui.support.BackgroundRunner;

/**
 * What the window's annotation features share: the way to the annotations, the runner their reads and writes go
 * through (the library's: store access stays serial), and a revision that every change made in the window
 * increases, so the highlights, the Notes tab and the rest show the same annotations.
 */
public final class NotesParts {
    private final AnnotationAccess access;
    private final BackgroundRunner runner;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public NotesParts(AnnotationAccess access, BackgroundRunner runner) {
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public AnnotationAccess access() {
        return access;
    }

    public BackgroundRunner runner() {
        return runner;
    }

    /** Increases after every change to the annotations made in this window (on the FX thread). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Says that the annotations changed; call it on the FX thread after the change is stored. */
    public void changed() {
        revision.set(revision.get() + 1);
    }
}
