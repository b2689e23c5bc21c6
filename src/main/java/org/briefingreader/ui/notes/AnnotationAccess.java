package org.briefingreader.ui.notes;

import java.io.IOException;
import org.briefingreader.app.AnnotationService;

/**
 * How the window reaches the annotations: called off the FX thread, at each use; the composition root opens the
 * annotation store on first use.
 */
@FunctionalInterface
public interface AnnotationAccess {
    /** No annotations in this window: every use fails with one plain sentence. */
    AnnotationAccess NONE = () -> {
        throw new IOException("Annotations are not available in this window.");
    };

    /** The annotation service. */
    AnnotationService open() throws IOException;
}
