package org.briefingreader.ui.notes;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.PaneHighlight;
import org.briefingreader.ui.reader.ReaderDocument;

/**
 * The note editor: a new annotation on a passage of the shown briefing, or an existing one opened from its
 * highlight, with a category, a multi-line note and tags (completed from the tags already used in the library).
 *
 * <p>Tags are chips, as Hypothesis's tag editor makes them: Enter or a comma turns what is typed into a tag, and
 * what is still typed when the note is saved becomes one too. Saving, deleting and changing a category go through
 * the annotation service in the background (undoable through its journal) and then {@link NotesParts#changed()}.
 * A failed save keeps the editor open, so nothing typed is lost.
 */
public final class NoteEditorViewModel {
    private final NotesParts parts;
    private final BriefingViewModel reader;
    private final Consumer<String> say;
    private final BiConsumer<String, Throwable> fail;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper quote = new ReadOnlyStringWrapper(this, "quote", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty tagInput = new SimpleStringProperty(this, "tagInput", "");
    private final ReadOnlyListWrapper<String> tags = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> suggestions =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Category> categories =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private List<String> knownTags = List.of();
    /** What is being edited: a new passage of a briefing, or an existing annotation. */
    private String briefingId = "";
    private int start;
    private int end;
    private Optional<UUID> annotationId = Optional.empty();

    public NoteEditorViewModel(NotesParts parts, BriefingViewModel reader, Consumer<String> say,
            BiConsumer<String, Throwable> fail) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.say = Objects.requireNonNull(say, "say");
        this.fail = Objects.requireNonNull(fail, "fail");
        tagInput.addListener((obs, old, typed) -> suggest());
        tags.addListener((javafx.collections.ListChangeListener<String>) change -> suggest());
        parts.revisionProperty().addListener((obs, old, revision) -> loadCategories());
        loadCategories();
    }

    /** True while the editor is shown. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True when an existing annotation is open (it can be deleted); false for a new one. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True while a save or delete is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The passage annotated, as the text has it. */
    public ReadOnlyStringProperty quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    /** The note as typed; blank is no note. */
    public StringProperty noteProperty() {
        return note;
    }

    /** The chosen category's name; empty for none (a plain highlight). */
    public StringProperty categoryProperty() {
        return category;
    }

    /** The tag being typed, not yet a tag. */
    public StringProperty tagInputProperty() {
        return tagInput;
    }

    /** The tags given, in order. */
    public ReadOnlyListProperty<String> tags() {
        return tags.getReadOnlyProperty();
    }

    /** Tags used elsewhere in the library that complete what is typed: those starting with it first. */
    public ReadOnlyListProperty<String> suggestions() {
        return suggestions.getReadOnlyProperty();
    }

    /** The library's categories with their colours, for choosing; read again after every change. */
    public ReadOnlyListProperty<Category> categories() {
        return categories.getReadOnlyProperty();
    }

    /** Opens the editor on a new note for UTF-16 range {@code [start, end)}; false (and a hint) for no passage. */
    public boolean create(int start, int end) {
        ReaderDocument document = reader.documentProperty().get();
        if (document.briefingId().isEmpty() || end <= start || end > document.text().length()) {
            say.accept("Select a passage to add a note to.");
            return false;
        }
        fill(document.text().substring(start, end), Optional.empty(), List.of(), Optional.empty());
        this.briefingId = document.briefingId();
        this.start = start;
        this.end = end;
        this.annotationId = Optional.empty();
        editing.set(false);
        loadTags();
        open.set(true);
        return true;
    }

    /** The innermost highlight painted over UTF-16 offset {@code offset}, if any. */
    public Optional<PaneHighlight> highlightAt(int offset) {
        return reader.highlightsProperty().get().stream().filter(highlight -> highlight.covers(offset))
                .min(Comparator.comparingInt(highlight -> highlight.range().length()));
    }

    /** Opens annotation {@code id} for editing once it is read; a failure is said, and nothing opens. */
    public void edit(UUID id) {
        Objects.requireNonNull(id, "id");
        run("read annotation " + id, () -> parts.access().open().find(id.toString()), annotation -> {
            fill(annotation.target().quote().exact(), annotation.note(), annotation.tags(), annotation.category());
            briefingId = annotation.briefingId();
            annotationId = Optional.of(id);
            editing.set(true);
            loadTags();
            open.set(true);
        }, "Could not open the note");
    }

    /** Turns what is typed in the tag field into tags (commas separate several); false when nothing was typed. */
    public boolean commitTag() {
        List<String> typed = List.of(tagInput.get().split(","));
        boolean added = false;
        for (String tag : typed) {
            added |= addTag(tag);
        }
        tagInput.set("");
        return added;
    }

    /** Adds {@code tag} unless it is blank or already given (ignoring case). */
    public boolean addTag(String tag) {
        String clean = tag.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > Annotation.MAX_TAG_LENGTH
                || tags.stream().anyMatch(given -> given.equalsIgnoreCase(clean))) {
            return false;
        }
        tags.add(clean);
        return true;
    }

    public void removeTag(String tag) {
        tags.remove(tag);
    }

    /** Backspace in an empty tag field: the last tag goes back into the field to be corrected. */
    public void reopenLastTag() {
        if (!tags.isEmpty() && tagInput.get().isEmpty()) {
            tagInput.set(tags.remove(tags.size() - 1));
        }
    }

    /** Stores the note (new or edited) and closes the editor once it is stored. */
    public void save() {
        if (!open.get() || busy.get()) {
            return;
        }
        commitTag();
        AnnotationDraft draft = new AnnotationDraft(Optional.of(note.get()), List.copyOf(tags),
                Optional.of(category.get()), Optional.empty());
        busy.set(true);
        Callable<Annotation> work;
        String done;
        if (annotationId.isPresent()) {
            UUID id = annotationId.get();
            work = () -> parts.access().open().edit(id, draft);
            done = "Saved the note on";
        } else {
            String on = briefingId;
            int from = start;
            int to = end;
            work = () -> parts.access().open().annotate(on, from, to, draft);
            done = draft.note().isPresent() ? "Added a note on" : "Highlighted";
        }
        parts.runner().run("save a note", work, annotation -> {
            busy.set(false);
            open.set(false);
            parts.changed();
            say.accept(done + " \u201c" + HighlightsViewModel.quoteOf(annotation) + "\u201d.");
        }, error -> {
            busy.set(false);
            fail.accept("Could not save the note", error);
        });
    }

    /** Deletes the annotation open in the editor (undoable) and closes the editor. */
    public void delete() {
        if (open.get() && !busy.get()) {
            annotationId.ifPresent(id -> {
                busy.set(true);
                delete(id, () -> busy.set(false));
            });
        }
    }

    /** Deletes annotation {@code id} (undoable), as the context menu's Delete Highlight does. */
    public void delete(UUID id) {
        delete(id, () -> { });
    }

    private void delete(UUID id, Runnable after) {
        parts.runner().run("delete annotation " + id, () -> parts.access().open().delete(id), annotation -> {
            after.run();
            if (annotationId.equals(Optional.of(id))) {
                open.set(false);
            }
            parts.changed();
            say.accept("Deleted \u201c" + HighlightsViewModel.quoteOf(annotation) + "\u201d.");
        }, error -> {
            after.run();
            fail.accept("Could not delete the note", error);
        });
    }

    /** Files annotation {@code id} under {@code categoryName} (empty: none), keeping its note and tags. */
    public void recategorise(UUID id, Optional<String> categoryName) {
        run("change the category of " + id, () -> {
            var service = parts.access().open();
            Annotation now = service.find(id.toString());
            return service.edit(id, new AnnotationDraft(now.note(), now.tags(), categoryName, Optional.empty()));
        }, annotation -> {
            parts.changed();
            say.accept(annotation.category().map(name -> "Filed \u201c" + HighlightsViewModel.quoteOf(annotation)
                    + "\u201d under " + name + ".").orElse("Took \u201c" + HighlightsViewModel.quoteOf(annotation)
                    + "\u201d out of its category."));
        }, "Could not change the category");
    }

    /** Closes the editor; nothing is stored. */
    public void cancel() {
        if (!busy.get()) {
            open.set(false);
        }
    }

    private void fill(String passage, Optional<String> text, List<String> given, Optional<String> categoryName) {
        quote.set(passage);
        note.set(text.orElse(""));
        tags.setAll(given);
        tagInput.set("");
        category.set(categoryName.orElse(""));
    }

    private void loadCategories() {
        if (parts.access() == AnnotationAccess.NONE) {
            return;
        }
        run("read the categories", () -> parts.access().open().categories(), categories::setAll,
                "Could not read the categories");
    }

    /** The tags of the whole library, most used first, for completion. */
    private void loadTags() {
        parts.runner().run("read the tags in use", () -> TagCompletion.tagsInUse(parts.access().open().allNotes()),
                known -> {
                    knownTags = known;
                    suggest();
                }, error -> fail.accept("Could not read the tags in use", error));
    }

    private void suggest() {
        suggestions.setAll(TagCompletion.complete(knownTags, tags, tagInput.get()));
    }

    private <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, String failure) {
        parts.runner().run(description, work, onSuccess, error -> fail.accept(failure, error));
    }
}
