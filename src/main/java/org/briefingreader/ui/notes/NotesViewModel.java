package org.briefingreader.ui.notes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderSection;
import org.briefingreader.ui.reader.ReaderUnit;
import org.briefingreader.ui.support.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Notes tab: the annotations of the briefing being read or of the whole library, filtered in memory, with the
 * orphans (whose passage is gone) listed apart.
 *
 * <p>The annotations are read off the FX thread whenever the scope, the briefing shown or the window's annotation
 * revision changes; an answer to an older request is dropped. The filter works on what was read, at once.
 */
public final class NotesViewModel {
    static final String NO_BRIEFING = "Open a briefing to see its notes.";
    static final String NONE_HERE = "No notes in this briefing yet.";
    static final String NONE_AT_ALL = "No notes in the library yet.";
    static final String LOADING = "Reading notes\u2026";
    static final String NOT_AVAILABLE = "Notes are not available in this window.";

    private static final Logger LOG = LoggerFactory.getLogger(NotesViewModel.class);

    private final NotesParts parts;
    private final BriefingViewModel reader;
    private final BiConsumer<String, Optional<String>> open;
    private final Function<String, String> titles;
    private final ObjectProperty<NotesScope> scope = new SimpleObjectProperty<>(this, "scope", NotesScope.BRIEFING);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty section = new SimpleStringProperty(this, "section", "");
    private final ReadOnlyListWrapper<NoteRow> notes = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<NoteRow> orphans = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> tags = new ReadOnlyListWrapper<>(FXCollections.observableArrayList(""));
    private final ReadOnlyListWrapper<String> categories =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList(""));
    private final ReadOnlyListWrapper<String> sections =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList(""));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(NO_BRIEFING);
    /** What the latest answer held; filtered into {@link #notes} and {@link #orphans}. */
    private List<Annotation> loaded = List.of();
    private Map<String, String> colours = Map.of();
    /** Increases with every read started; only the answer to the latest is shown. */
    private long sequence;

    /** A Notes tab that names briefings by their ids in the library scope. */
    public NotesViewModel(NotesParts parts, BriefingViewModel reader, BiConsumer<String, Optional<String>> open) {
        this(parts, reader, Function.identity(), open);
    }

    /**
     * {@code titles} gives a briefing's title for its id (on the FX thread, from what the window already holds);
     * {@code open} is given a briefing id and, if known, a unit id when a note is opened.
     */
    public NotesViewModel(NotesParts parts, BriefingViewModel reader, Function<String, String> titles,
            BiConsumer<String, Optional<String>> open) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.titles = Objects.requireNonNull(titles, "titles");
        this.open = Objects.requireNonNull(open, "open");
        // The sections are those of the document shown, which the reader sets after the briefing id.
        reader.documentProperty().addListener(obs -> show(loaded, colours));
        scope.addListener(obs -> reload());
        reader.briefingIdProperty().addListener(obs -> {
            if (scope.get() == NotesScope.BRIEFING) {
                reload();
            }
        });
        parts.revisionProperty().addListener(obs -> reload());
        text.addListener(obs -> refilter());
        tag.addListener(obs -> refilter());
        category.addListener(obs -> refilter());
        section.addListener(obs -> refilter());
        reload();
    }

    public ObjectProperty<NotesScope> scopeProperty() {
        return scope;
    }

    /** Words that must all occur in the note, quote or tags. */
    public StringProperty textFilterProperty() {
        return text;
    }

    /** The tag chosen, or empty for any. */
    public StringProperty tagFilterProperty() {
        return tag;
    }

    /** The category chosen, or empty for any. */
    public StringProperty categoryFilterProperty() {
        return category;
    }

    /** The section id chosen (this briefing only), or empty for any. */
    public StringProperty sectionFilterProperty() {
        return section;
    }

    /** The placed annotations that pass the filter: in reading order, or newest first in the library. */
    public ReadOnlyListProperty<NoteRow> notes() {
        return notes.getReadOnlyProperty();
    }

    /** The orphans that pass the filter, newest first. */
    public ReadOnlyListProperty<NoteRow> orphans() {
        return orphans.getReadOnlyProperty();
    }

    /** The tags to choose from, the empty "any" first. */
    public ReadOnlyListProperty<String> tags() {
        return tags.getReadOnlyProperty();
    }

    /** The categories to choose from, the empty "any" first. */
    public ReadOnlyListProperty<String> categories() {
        return categories.getReadOnlyProperty();
    }

    /** The ids of the sections that hold notes, in reading order, the empty "any" first. */
    public ReadOnlyListProperty<String> sections() {
        return sections.getReadOnlyProperty();
    }

    /** The heading of section {@code id} of the briefing shown, or the id if it has none. */
    public String sectionHeading(String id) {
        return reader.sectionsProperty().stream().filter(s -> s.id().equals(id)).map(ReaderSection::heading)
                .findFirst().orElse(id);
    }

    /** How many notes show, of how many; or why none show. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens {@code row}'s briefing at its first unit (an orphan at the briefing's start). */
    public void open(NoteRow row) {
        Annotation annotation = row.annotation();
        open.accept(annotation.briefingId(), annotation.target().unitIds().stream().findFirst());
    }

    /** Deletes {@code row}'s annotation in the background; the list follows through the revision. */
    public void delete(NoteRow row) {
        Annotation annotation = row.annotation();
        parts.runner().run("delete annotation " + annotation.id(),
                () -> parts.access().open().delete(annotation.id()),
                deleted -> parts.changed(),
                this::failed);
    }

    /** Reads the annotations of the current scope again. */
    public void reload() {
        long mine = ++sequence;
        NotesScope asked = scope.get();
        String briefingId = reader.briefingIdProperty().get();
        if (asked == NotesScope.BRIEFING && briefingId.isEmpty()) {
            show(List.of(), colours);
            return;
        }
        if (parts.access() == AnnotationAccess.NONE) {
            status.set(NOT_AVAILABLE); // nothing to read: no failure to log at every briefing opened
            return;
        }
        if (loaded.isEmpty()) {
            status.set(LOADING);
        }
        parts.runner().run(asked == NotesScope.BRIEFING ? "read the notes of " + briefingId : "read all notes",
                () -> {
                    AnnotationService service = parts.access().open();
                    List<Annotation> found = asked == NotesScope.BRIEFING ? service.notes(briefingId)
                            : service.allNotes();
                    return new Loaded(found, service.categories());
                },
                answer -> {
                    if (mine == sequence) {
                        show(answer.annotations(), answer.categories().stream()
                                .collect(Collectors.toMap(c -> c.name().toLowerCase(java.util.Locale.ROOT),
                                        Category::colour, (a, b) -> a)));
                    }
                },
                error -> {
                    if (mine == sequence) {
                        failed(error);
                    }
                });
    }

    private void show(List<Annotation> annotations, Map<String, String> categoryColours) {
        loaded = List.copyOf(annotations);
        colours = Map.copyOf(categoryColours);
        Set<String> tagNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> categoryNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> sectionIds = new LinkedHashSet<>();
        for (Annotation annotation : ordered(loaded)) {
            tagNames.addAll(annotation.tags());
            annotation.category().ifPresent(categoryNames::add);
            if (scope.get() == NotesScope.BRIEFING && !annotation.isOrphan()) {
                String id = sectionOf(annotation);
                if (!id.isEmpty()) {
                    sectionIds.add(id);
                }
            }
        }
        setChoices(tags, tagNames, tag);
        setChoices(categories, categoryNames, category);
        setChoices(sections, sectionIds, section);
        refilter();
    }

    private static void setChoices(ReadOnlyListWrapper<String> choices, Set<String> names, StringProperty chosen) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(names);
        if (!choices.equals(all)) {
            choices.setAll(all);
        }
        if (!all.contains(chosen.get())) {
            chosen.set("");
        }
    }

    private void refilter() {
        NoteFilter filter = new NoteFilter(text.get(), tag.get(), category.get(),
                scope.get() == NotesScope.BRIEFING ? section.get() : "");
        List<NoteRow> placed = new ArrayList<>();
        List<NoteRow> lost = new ArrayList<>();
        for (Annotation annotation : ordered(loaded)) {
            String sectionId = annotation.isOrphan() ? "" : sectionOf(annotation);
            if (filter.accepts(annotation, sectionId)) {
                (annotation.isOrphan() ? lost : placed).add(row(annotation, sectionId));
            }
        }
        notes.setAll(placed);
        orphans.setAll(lost);
        status.set(statusLine(placed.size() + lost.size()));
    }

    private String statusLine(int shown) {
        if (scope.get() == NotesScope.BRIEFING && reader.briefingIdProperty().get().isEmpty()) {
            return NO_BRIEFING;
        }
        if (loaded.isEmpty()) {
            return scope.get() == NotesScope.BRIEFING ? NONE_HERE : NONE_AT_ALL;
        }
        int total = loaded.size();
        String noun = total == 1 ? " note" : " notes";
        return shown == total ? total + noun : shown + " of " + total + noun;
    }

    private NoteRow row(Annotation annotation, String sectionId) {
        String place = scope.get() == NotesScope.LIBRARY ? titles.apply(annotation.briefingId())
                : sectionId.isEmpty() ? "" : sectionHeading(sectionId);
        Optional<String> colour = annotation.category()
                .map(c -> colours.get(c.toLowerCase(java.util.Locale.ROOT)));
        return new NoteRow(annotation, place, colour);
    }

    /** The section of the briefing shown that holds the annotation's first unit; empty if none. */
    private String sectionOf(Annotation annotation) {
        return annotation.target().unitIds().stream().findFirst()
                .flatMap(unitId -> reader.documentProperty().get().unit(unitId)).map(ReaderUnit::sectionId)
                .orElse("");
    }

    private List<Annotation> ordered(List<Annotation> annotations) {
        Comparator<Annotation> newestFirst = Comparator.comparing(Annotation::modified).reversed();
        Comparator<Annotation> order = scope.get() == NotesScope.BRIEFING
                ? Comparator.comparing((Annotation a) -> a.isOrphan())
                        .thenComparing(a -> a.isOrphan() ? 0 : a.target().position().start())
                        .thenComparing(newestFirst)
                : Comparator.comparing((Annotation a) -> a.isOrphan()).thenComparing(newestFirst);
        return annotations.stream().sorted(order).toList();
    }

    private void failed(Throwable error) {
        if (error instanceof IOException) {
            LOG.warn("Could not read or change the notes: {}", error.toString());
        } else {
            LOG.error("Could not read or change the notes", error);
        }
        String line = UserMessages.describe(error);
        status.set(Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".");
    }

    /** One answer: the annotations asked for and the categories, for their colours. */
    private record Loaded(List<Annotation> annotations, List<Category> categories) {
    }
}
