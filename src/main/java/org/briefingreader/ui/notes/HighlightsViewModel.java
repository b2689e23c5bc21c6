package org.briefingreader.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationChange;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.PaneHighlight;
import org.briefingreader.ui.reader.ReaderDocument;

/**
 * The highlights of the briefing being read, painted by the reading pane, and the commands that change them:
 * highlight a selection, undo and redo (the annotation journal's, shared with the command line).
 *
 * <p>The shown briefing's annotations are read in the background whenever another briefing is shown and after
 * every change made in the window ({@link NotesParts#revisionProperty()}); an answer that is no longer the latest
 * request's is dropped. Anchored annotations only: an orphan has no place in the text. Their code-point positions
 * become the pane's UTF-16 offsets here.
 */
public final class HighlightsViewModel {
    /** The longest quote a status message repeats; longer ones are cut with an ellipsis. */
    static final int QUOTE_LENGTH = 40;

    private final NotesParts parts;
    private final BriefingViewModel reader;
    private final Consumer<String> say;
    private final BiConsumer<String, Throwable> fail;
    private long latest;

    /**
     * @param say  shows a plain sentence (the status bar's {@code say})
     * @param fail shows what could not be done and why (the status bar's {@code fail})
     */
    public HighlightsViewModel(NotesParts parts, BriefingViewModel reader, Consumer<String> say,
            BiConsumer<String, Throwable> fail) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.say = Objects.requireNonNull(say, "say");
        this.fail = Objects.requireNonNull(fail, "fail");
        reader.documentProperty().addListener((obs, old, document) -> load());
        parts.revisionProperty().addListener((obs, old, revision) -> load());
        load();
    }

    /** The highlights painted in the pane (the reader's). */
    public ReadOnlyObjectProperty<List<PaneHighlight>> highlightsProperty() {
        return reader.highlightsProperty();
    }

    /** Highlights UTF-16 range {@code [start, end)} of the shown text; an empty selection asks for one. */
    public void highlight(int start, int end) {
        highlight(start, end, Optional.empty());
    }

    /** Highlights UTF-16 range {@code [start, end)} of the shown text in {@code category} (a name; empty: none). */
    public void highlight(int start, int end, Optional<String> category) {
        ReaderDocument document = reader.documentProperty().get();
        if (document.briefingId().isEmpty() || end <= start) {
            say.accept("Select a passage to highlight.");
            return;
        }
        String briefingId = document.briefingId();
        run("highlight a passage",
                () -> parts.access().open().annotate(briefingId, start, end,
                        new AnnotationDraft(Optional.empty(), List.of(), category, Optional.empty())),
                annotation -> {
                    parts.changed();
                    say.accept("Highlighted \u201c" + quoteOf(annotation) + "\u201d.");
                }, "Could not highlight the passage");
    }

    /** Takes back the last annotation change, of this window or the command line. */
    public void undo() {
        run("undo an annotation change", () -> parts.access().open().undo(),
                change -> done(change, "Undid", "Nothing to undo."), "Could not undo");
    }

    /** Does again the last undone annotation change. */
    public void redo() {
        run("redo an annotation change", () -> parts.access().open().redo(),
                change -> done(change, "Redid", "Nothing to redo."), "Could not redo");
    }

    private void done(Optional<AnnotationChange> change, String verb, String nothing) {
        if (change.isEmpty()) {
            say.accept(nothing);
            return;
        }
        parts.changed();
        say.accept(verb + " " + describe(change.get()) + ".");
    }

    /** Reads the shown briefing's annotations; numbered, so only the latest request's answer is painted. */
    private void load() {
        long request = ++latest;
        ReaderDocument document = reader.documentProperty().get();
        if (document.briefingId().isEmpty() || parts.access() == AnnotationAccess.NONE) {
            // A window without annotations has no highlights to show, and nothing to say about it while reading.
            reader.showHighlights(List.of());
            return;
        }
        parts.runner().run("read the highlights of " + document.briefingId(),
                () -> parts.access().open().notes(document.briefingId()),
                notes -> {
                    if (request == latest && document.equals(reader.documentProperty().get())) {
                        reader.showHighlights(highlightsOf(notes, document.text()));
                    }
                },
                error -> {
                    if (request == latest) {
                        fail.accept("Could not read the highlights", error);
                    }
                });
    }

    /** The anchored annotations' places in {@code text}, as UTF-16 ranges; positions beyond the text are left out. */
    static List<PaneHighlight> highlightsOf(List<Annotation> notes, String text) {
        int codePoints = text.codePointCount(0, text.length());
        List<PaneHighlight> highlights = new ArrayList<>();
        for (Annotation note : notes) {
            TextPositionSelector position = note.target().position();
            if (note.isOrphan() || position.end() > codePoints) {
                continue;
            }
            int start = text.offsetByCodePoints(0, position.start());
            int end = text.offsetByCodePoints(start, position.length());
            highlights.add(new PaneHighlight(new TextRange(start, end), note.category().map(Category::keyOf),
                    Optional.of(note.id())));
        }
        return List.copyOf(highlights);
    }

    /** "highlight “Japan and Russia…”", "note “…”", "deletion of “…”", "edit of “…”". */
    static String describe(AnnotationChange change) {
        Annotation annotation = change.after().or(change::before).orElseThrow();
        String what;
        if (change.before().isEmpty()) {
            what = annotation.note().isPresent() ? "note" : "highlight";
        } else {
            what = change.after().isEmpty() ? "deletion of" : change.moves() ? "placing of" : "edit of";
        }
        return what + " \u201c" + quoteOf(annotation) + "\u201d";
    }

    static String quoteOf(Annotation annotation) {
        String quote = annotation.target().quote().exact().strip().replaceAll("\\s+", " ");
        if (quote.length() <= QUOTE_LENGTH) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', QUOTE_LENGTH);
        return quote.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH).strip() + "\u2026";
    }

    private <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, String failure) {
        parts.runner().run(description, work, onSuccess, error -> fail.accept(failure, error));
    }
}
