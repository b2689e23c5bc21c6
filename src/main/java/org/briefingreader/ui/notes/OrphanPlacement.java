package org.briefingreader.ui.notes;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.ui.reader.BriefingViewModel;

/**
 * Puts an orphan back in the text by hand: the reader finds where its passage went (it was rewritten beyond what
 * re-anchoring accepts), selects it in the reading pane and places the note there, keeping its note, tags and
 * category. Undo makes it an orphan again.
 *
 * <p>Hypothesis and Zotero only show an orphan; re-placing is what a reader does by hand there (a new annotation,
 * the note copied over, the old one deleted), losing the note's creation date and id.
 */
public final class OrphanPlacement {
    private final NotesParts parts;
    private final BriefingViewModel reader;
    private final Consumer<String> say;
    private final BiConsumer<String, Throwable> fail;

    /**
     * @param say  shows a plain sentence (the status bar's {@code say})
     * @param fail shows what could not be done and why (the status bar's {@code fail})
     */
    public OrphanPlacement(NotesParts parts, BriefingViewModel reader, Consumer<String> say,
            BiConsumer<String, Throwable> fail) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.say = Objects.requireNonNull(say, "say");
        this.fail = Objects.requireNonNull(fail, "fail");
    }

    /** Whether {@code row} is an orphan of the briefing shown: only there can a selection place it. */
    public boolean canPlace(NoteRow row) {
        Annotation annotation = row.annotation();
        return annotation.isOrphan() && annotation.briefingId().equals(reader.briefingIdProperty().get());
    }

    /**
     * Places {@code row}'s orphan on UTF-16 range {@code [start, end)} of the shown text, in the background; an
     * empty selection or an orphan of another briefing is refused with a sentence saying what to do.
     */
    public void place(NoteRow row, int start, int end) {
        if (!canPlace(row)) {
            say.accept("Open the orphan's briefing, select where its passage is now, then place it.");
            return;
        }
        if (end <= start) {
            say.accept("Select where the passage is now in the text, then place the note there.");
            return;
        }
        Annotation orphan = row.annotation();
        parts.runner().run("place annotation " + orphan.id(),
                () -> parts.access().open().place(orphan.id(), start, end),
                placed -> {
                    parts.changed();
                    say.accept("Placed the note on \u201c" + HighlightsViewModel.quoteOf(placed) + "\u201d.");
                },
                error -> fail.accept("Could not place the note", error));
    }
}
