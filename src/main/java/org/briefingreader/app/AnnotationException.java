package org.briefingreader.app;

/**
 * A request about annotations that cannot be done as asked (quote not found, ambiguous, unknown category,
 * nothing to undo): the message is one plain sentence for the user.
 */
public final class AnnotationException extends Exception {
    private static final long serialVersionUID = 1L;

    public AnnotationException(String message) {
        super(message);
    }
}
