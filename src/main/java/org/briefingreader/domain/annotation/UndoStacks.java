package org.briefingreader.domain.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that can be undone (most recent last) and redone (next to redo last). At most {@link #LIMIT} of
 * each are kept; the oldest go first.
 */
public record UndoStacks(List<AnnotationChange> undo, List<AnnotationChange> redo) {
    public static final int LIMIT = 100;
    public static final UndoStacks EMPTY = new UndoStacks(List.of(), List.of());

    public UndoStacks {
        undo = List.copyOf(trim(undo));
        redo = List.copyOf(trim(redo));
    }

    private static List<AnnotationChange> trim(List<AnnotationChange> changes) {
        return changes.size() <= LIMIT ? changes : changes.subList(changes.size() - LIMIT, changes.size());
    }

    /** After a new change: it can be undone, and nothing can be redone any more. */
    public UndoStacks done(AnnotationChange change) {
        List<AnnotationChange> next = new ArrayList<>(undo);
        next.add(change);
        return new UndoStacks(next, List.of());
    }

    /** After undoing the last change: it moves to the redo stack. */
    public UndoStacks undone() {
        AnnotationChange last = undo.get(undo.size() - 1);
        List<AnnotationChange> redone = new ArrayList<>(redo);
        redone.add(last);
        return new UndoStacks(undo.subList(0, undo.size() - 1), redone);
    }

    /** After redoing: the change moves back to the undo stack. */
    public UndoStacks redone() {
        AnnotationChange next = redo.get(redo.size() - 1);
        List<AnnotationChange> undoable = new ArrayList<>(undo);
        undoable.add(next);
        return new UndoStacks(undoable, redo.subList(0, redo.size() - 1));
    }
}
