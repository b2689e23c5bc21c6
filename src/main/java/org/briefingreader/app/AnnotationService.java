package org.briefingreader.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationChange;
import org.briefingreader.domain.annotation.AnnotationStore;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.UndoJournal;
import org.briefingreader.domain.annotation.UndoStacks;

/**
 * Annotating, for the window and the command line alike: create, edit, delete, list, and undo and redo of each
 * through one journal, so {@code briefing undo} takes back what the window (or the previous command) did.
 *
 * <p>Annotations are placed again whenever the briefing they point at has changed since they were last placed
 * ({@link #reanchor}): at import, and on reading, for a briefing changed by another process or an upgrade.
 * Synchronous; callers pick the thread.
 */
public final class AnnotationService {
    /** The colour of a category that came without one (from another tool's notes). */
    static final String UNCOLOURED = "#9e9e9e";

    private final BriefingStore briefings;
    private final AnnotationStore store;
    private final UndoJournal journal;
    private final Clock clock;

    public AnnotationService(BriefingStore briefings, AnnotationStore store, UndoJournal journal, Clock clock) {
        this.briefings = Objects.requireNonNull(briefings, "briefings");
        this.store = Objects.requireNonNull(store, "store");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Annotates UTF-16 range {@code [start, end)} of the briefing's {@link CanonicalText}, as a selection gives it. */
    public Annotation annotate(String briefingId, int start, int end, AnnotationDraft draft)
            throws IOException, AnnotationException {
        Briefing briefing = briefing(briefingId);
        CanonicalText text = CanonicalText.of(briefing);
        if (start < 0 || end > text.text().length() || end <= start) {
            throw new AnnotationException("the selection " + start + ".." + end + " is not inside briefing "
                    + briefingId);
        }
        return create(text.target(briefingId, start, end), briefing.contentHash(), draft);
    }

    /**
     * Annotates the passage {@code quote} (whitespace-insensitive); {@code occurrence} (1-based) picks one when it
     * occurs more than once, which is otherwise an error naming the places.
     */
    public Annotation annotateQuote(String briefingId, String quote, OptionalInt occurrence, AnnotationDraft draft)
            throws IOException, AnnotationException {
        Briefing briefing = briefing(briefingId);
        CanonicalText text = CanonicalText.of(briefing);
        QuotePlaces places = QuotePlaces.find(text, quote);
        int[] range = places.choose(briefingId, quote, occurrence);
        return create(text.target(briefingId, range[0], range[1]), briefing.contentHash(), draft);
    }

    private Annotation create(AnnotationTarget target, String contentHash, AnnotationDraft draft)
            throws IOException, AnnotationException {
        Optional<String> category = knownCategory(draft.category());
        Instant now = clock.instant();
        Annotation annotation = new Annotation(UUID.randomUUID(), now, now, draft.motivationOrImplied(), target,
                draft.note(), draft.tags(), category, contentHash, Anchoring.ANCHORED);
        store.save(annotation);
        record(new AnnotationChange(annotation.id(), Optional.empty(), Optional.of(annotation)));
        return annotation;
    }

    /** Replaces the note, tags and category of an annotation. */
    public Annotation edit(UUID id, AnnotationDraft draft) throws IOException, AnnotationException {
        Annotation before = existing(id);
        Optional<String> category = knownCategory(draft.category());
        Instant now = latest(clock.instant(), before.modified());
        Annotation after = new Annotation(id, before.created(), now, draft.motivation().orElse(before.motivation()),
                before.target(), draft.note(), draft.tags(), category, before.anchoredTo(), before.anchoring());
        store.save(after);
        record(new AnnotationChange(id, Optional.of(before), Optional.of(after)));
        return after;
    }

    /**
     * Places an annotation (an orphan, as a rule) on UTF-16 range {@code [start, end)} of its briefing's current
     * text, keeping its note, tags and category: the reader says where a passage went when re-anchoring could not
     * tell. Undo puts it back where it was.
     */
    public Annotation place(UUID id, int start, int end) throws IOException, AnnotationException {
        Annotation before = existing(id);
        Briefing briefing = briefing(before.briefingId());
        CanonicalText text = CanonicalText.of(briefing);
        if (start < 0 || end > text.text().length() || end <= start) {
            throw new AnnotationException("the selection " + start + ".." + end + " is not inside briefing "
                    + briefing.id());
        }
        Instant now = latest(clock.instant(), before.modified());
        Annotation after = before.withBody(before.note(), before.tags(), before.category(), now)
                .withTarget(text.target(briefing.id(), start, end), briefing.contentHash(), Anchoring.ANCHORED);
        store.save(after);
        record(new AnnotationChange(id, Optional.of(before), Optional.of(after)));
        return after;
    }

    /** Deletes an annotation; undo brings it back. */
    public Annotation delete(UUID id) throws IOException, AnnotationException {
        Annotation before = existing(id);
        store.delete(id);
        record(new AnnotationChange(id, Optional.of(before), Optional.empty()));
        return before;
    }

    /** The annotation whose id is {@code idOrPrefix} or starts with it (as git takes a short hash). */
    public Annotation find(String idOrPrefix) throws IOException, AnnotationException {
        String wanted = idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^urn:uuid:", "");
        if (wanted.length() < 4) {
            throw new AnnotationException("give at least 4 characters of the annotation id, not '" + idOrPrefix + "'");
        }
        List<Annotation> matches = store.all().stream().filter(a -> a.id().toString().startsWith(wanted)).toList();
        if (matches.isEmpty()) {
            throw new AnnotationException("no annotation has id " + idOrPrefix);
        }
        if (matches.size() > 1) {
            throw new AnnotationException(matches.size() + " annotations have ids starting " + idOrPrefix
                    + "; give more of the id");
        }
        return matches.get(0);
    }

    /** The annotations of one briefing (placed again first if the briefing changed), oldest first. */
    public List<Annotation> notes(String briefingId) throws IOException {
        Optional<Briefing> briefing = briefings.get(briefingId);
        if (briefing.isEmpty()) {
            return store.forBriefing(briefingId).stream().map(AnnotationService::orphaned).toList();
        }
        return reanchor(briefing.get()).annotations();
    }

    /** Every annotation of the library, by briefing then oldest first; those of deleted briefings as orphans. */
    public List<Annotation> allNotes() throws IOException {
        List<Annotation> all = new ArrayList<>();
        List<String> ids = store.all().stream().map(Annotation::briefingId).distinct().toList();
        for (String id : ids) {
            all.addAll(notes(id));
        }
        return all;
    }

    /**
     * Places the briefing's annotations in its current text if it changed since they were placed, saving the
     * result in one write; what happened to each is in the returned report.
     */
    public Reanchoring reanchor(Briefing briefing) throws IOException {
        List<Annotation> current = store.forBriefing(briefing.id());
        Reanchoring result = Reanchoring.of(current, briefing);
        if (result.changed()) {
            store.saveAll(briefing.id(), result.annotations());
        }
        return result;
    }

    /**
     * After an import replaced the briefing: places its annotations in the new text and says what happened, when
     * any had to move or became orphans ("2 annotations followed the edited text, 1 is now an orphan ...").
     */
    public Optional<String> afterReplace(Briefing briefing) throws IOException {
        Reanchoring result = reanchor(briefing);
        int moved = result.counts().getOrDefault(org.briefingreader.domain.annotation.Placement.Method.QUOTE, 0)
                + result.counts().getOrDefault(org.briefingreader.domain.annotation.Placement.Method.FUZZY, 0);
        int orphans = result.orphans();
        if (moved == 0 && orphans == 0) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder();
        if (moved > 0) {
            message.append(moved).append(moved == 1 ? " annotation" : " annotations").append(" followed the edited text");
        }
        if (orphans > 0) {
            message.append(moved > 0 ? "; " : "").append(orphans).append(orphans == 1 ? " annotation's passage is"
                    : " annotations' passages are").append(" no longer there: kept as orphans (see `briefing notes ")
                    .append(briefing.id()).append("`)");
        }
        return Optional.of(message.toString());
    }

    private static Annotation orphaned(Annotation annotation) {
        return annotation.withTarget(annotation.target(), annotation.anchoredTo(), Anchoring.ORPHAN);
    }

    /** Takes back the last change; empty when there is nothing to undo. */
    public Optional<AnnotationChange> undo() throws IOException, AnnotationException {
        UndoStacks stacks = journal.load();
        if (stacks.undo().isEmpty()) {
            return Optional.empty();
        }
        AnnotationChange change = stacks.undo().get(stacks.undo().size() - 1);
        apply(change.inverse(), "undo \"" + change.label() + "\"");
        journal.save(stacks.undone());
        return Optional.of(change);
    }

    /** Does again the last undone change; empty when there is nothing to redo. */
    public Optional<AnnotationChange> redo() throws IOException, AnnotationException {
        UndoStacks stacks = journal.load();
        if (stacks.redo().isEmpty()) {
            return Optional.empty();
        }
        AnnotationChange change = stacks.redo().get(stacks.redo().size() - 1);
        apply(change, "redo \"" + change.label() + "\"");
        journal.save(stacks.redone());
        return Optional.of(change);
    }

    /** What {@link #undo()} and {@link #redo()} would do next, for menus ("Undo annotate"). */
    public UndoStacks history() throws IOException {
        return journal.load();
    }

    /**
     * Moves the annotation from the change's {@code before} to its {@code after}, refusing when it is no longer
     * in the {@code before} state (another window or command changed it since): undo never overwrites newer work.
     * Re-anchoring does not count as a change: the current target is kept when a body is restored, unless the
     * change itself was a move ({@link #place}).
     */
    private void apply(AnnotationChange change, String what) throws IOException, AnnotationException {
        Optional<Annotation> current = store.get(change.id());
        boolean asExpected = change.before().isEmpty()
                ? current.isEmpty()
                : current.isPresent() && current.get().modified().equals(change.before().get().modified());
        if (!asExpected) {
            throw new AnnotationException("cannot " + what + ": annotation "
                    + change.id() + " was changed since");
        }
        if (change.after().isEmpty()) {
            store.delete(change.id());
        } else if (current.isPresent() && !change.moves()) {
            Annotation target = change.after().get();
            store.save(new Annotation(target.id(), target.created(), target.modified(), target.motivation(),
                    current.get().target(), target.note(), target.tags(), target.category(),
                    current.get().anchoredTo(), current.get().anchoring()));
        } else {
            store.save(change.after().get());
        }
    }

    /** What importing notes did: annotations added, updated (the file's copy was newer), left as they were. */
    public record NotesImport(int added, int updated, int unchanged, List<String> categoriesAdded) {
        public NotesImport {
            categoriesAdded = List.copyOf(categoriesAdded);
        }
    }

    /**
     * Adds annotations read from an export (another laptop, a colleague). One with an id already here replaces it
     * only when its {@code modified} is later (the newer edit wins); categories not here yet are added with their
     * colours. Annotations of briefings not in the library are kept and listed as orphans until the briefing is
     * imported; annotations placed against another version of a briefing are placed again when next read.
     * Not undoable one by one.
     */
    public NotesImport importNotes(List<Annotation> incoming, List<Category> categories) throws IOException {
        List<String> added = new ArrayList<>();
        List<Category> wanted = new ArrayList<>(categories);
        for (Annotation a : incoming) {
            // A category the file names without a colour still becomes a category here, in a neutral grey.
            a.category().filter(name -> indexOf(wanted, Category.keyOf(name)) < 0)
                    .ifPresent(name -> wanted.add(new Category(name, UNCOLOURED)));
        }
        for (Category category : wanted) {
            if (indexOf(store.categories(), category.key()) < 0) {
                putCategory(category);
                added.add(category.name());
            }
        }
        java.util.Map<String, List<Annotation>> byBriefing = new java.util.LinkedHashMap<>();
        for (Annotation a : incoming) {
            byBriefing.computeIfAbsent(a.briefingId(), k -> new ArrayList<>()).add(a);
        }
        int newOnes = 0;
        int updated = 0;
        int unchanged = 0;
        for (var entry : byBriefing.entrySet()) {
            List<Annotation> current = new ArrayList<>(store.forBriefing(entry.getKey()));
            boolean changed = false;
            for (Annotation a : entry.getValue()) {
                int at = -1;
                for (int i = 0; i < current.size(); i++) {
                    if (current.get(i).id().equals(a.id())) {
                        at = i;
                    }
                }
                if (at < 0) {
                    current.add(a);
                    newOnes++;
                    changed = true;
                } else if (a.modified().isAfter(current.get(at).modified())) {
                    current.set(at, a);
                    updated++;
                    changed = true;
                } else {
                    unchanged++;
                }
            }
            if (changed) {
                store.saveAll(entry.getKey(), current);
            }
        }
        return new NotesImport(newOnes, updated, unchanged, added);
    }

    public List<Category> categories() throws IOException {
        return store.categories();
    }

    /** Adds a category at the end, or recolours the one with that name. */
    public List<Category> putCategory(Category category) throws IOException {
        List<Category> next = new ArrayList<>(store.categories());
        next.removeIf(c -> c.key().equals(category.key()));
        int at = indexOf(store.categories(), category.key());
        next.add(at < 0 ? next.size() : at, category);
        store.saveCategories(next);
        return next;
    }

    /** Renames a category, and every annotation filed under it. */
    public List<Category> renameCategory(String from, String to) throws IOException, AnnotationException {
        List<Category> categories = new ArrayList<>(store.categories());
        int at = indexOf(categories, Category.keyOf(from));
        if (at < 0) {
            throw new AnnotationException(noSuchCategory(from, categories));
        }
        if (indexOf(categories, Category.keyOf(to)) >= 0 && !Category.keyOf(to).equals(Category.keyOf(from))) {
            throw new AnnotationException("there is already a category named " + to);
        }
        Category renamed = new Category(to, categories.get(at).colour());
        categories.set(at, renamed);
        store.saveCategories(categories);
        for (Annotation a : store.all()) {
            if (a.category().map(Category::keyOf).filter(Category.keyOf(from)::equals).isPresent()) {
                store.save(new Annotation(a.id(), a.created(), a.modified(), a.motivation(), a.target(), a.note(),
                        a.tags(), Optional.of(renamed.name()), a.anchoredTo(), a.anchoring()));
            }
        }
        return categories;
    }

    /** One sentence per repair the store made when it opened (a damaged file restored from its backup). */
    public List<String> repairs() {
        return store.repairs();
    }

    private Optional<String> knownCategory(Optional<String> name) throws IOException, AnnotationException {
        if (name.isEmpty()) {
            return name;
        }
        List<Category> categories = store.categories();
        int at = indexOf(categories, Category.keyOf(name.get()));
        if (at < 0) {
            throw new AnnotationException(noSuchCategory(name.get(), categories));
        }
        return Optional.of(categories.get(at).name());
    }

    private static String noSuchCategory(String name, List<Category> categories) {
        return "no category named \"" + name + "\" (there are: "
                + String.join(", ", categories.stream().map(Category::name).toList()) + ")";
    }

    private static int indexOf(List<Category> categories, String key) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private Briefing briefing(String id) throws IOException, AnnotationException {
        return briefings.get(id).orElseThrow(() -> new AnnotationException("no briefing with id " + id));
    }

    private Annotation existing(UUID id) throws IOException, AnnotationException {
        return store.get(id).orElseThrow(() -> new AnnotationException("no annotation with id " + id));
    }

    private void record(AnnotationChange change) throws IOException {
        journal.save(journal.load().done(change));
    }

    /** Clocks can step back; a modification never predates the one before it. */
    private static Instant latest(Instant now, Instant previous) {
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }
}
