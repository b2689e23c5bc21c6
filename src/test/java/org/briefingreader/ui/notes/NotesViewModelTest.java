package org.briefingreader.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Notes tab's model over a real annotation service and stores on disk. */
class NotesViewModelTest {
    private static final String HISTORY = "Abe has been here before";
    private static final String PLAN = "Time is running out for Japan";
    private static final String SWEETENERS = "Japan has not managed to deliver on many of its economic sweeteners.";

    @TempDir
    Path home;

    private JsonBriefingStore briefings;
    private Briefing seed;
    private AnnotationService service;
    private final BriefingViewModel reader = new BriefingViewModel();
    private final List<String> opened = new ArrayList<>();

    /** A clock that moves a second at every reading, so each annotation is newer than the one before. */
    private static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    @BeforeEach
    void library() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        service = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                new TickingClock());
    }

    private NotesViewModel model(BackgroundRunner runner) {
        return new NotesViewModel(new NotesParts(() -> service, runner), reader,
                (id, unit) -> opened.add(id + "#" + unit.orElse("")));
    }

    private Annotation note(String quote, String text, String category, String... tags) throws Exception {
        return service.annotateQuote(seed.id(), quote, OptionalInt.empty(), new AnnotationDraft(Optional.of(text),
                List.of(tags), Optional.ofNullable(category), Optional.empty()));
    }

    private static Briefing copyOf(Briefing b, String id) {
        return new Briefing(id, b.title(), b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                b.captions(), b.summary(), b.lede(), b.sections(), b.originalFileName(), b.contentHash(),
                b.copyright());
    }

    private static List<String> quotes(List<NoteRow> rows) {
        return rows.stream().map(NoteRow::quote).toList();
    }

    @Test
    void listsThisBriefingsNotesInReadingOrderWithTheirSectionHeadings() throws Exception {
        note(SWEETENERS, "last in the text", null);
        note(HISTORY, "first in the text", null);
        note(PLAN, "between", null);
        reader.show(seed);
        NotesViewModel model = model(new InlineBackgroundRunner());

        assertThat(quotes(model.notes())).containsExactly(HISTORY, PLAN, SWEETENERS);
        assertThat(model.notes().get(0).place()).isEqualTo("The History");
        assertThat(model.orphans()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("3 notes");
    }

    @Test
    void libraryScopeListsEveryBriefingsNotesNewestFirstAndOrphansApart() throws Exception {
        note(HISTORY, "in the seed", null);
        Briefing copy = copyOf(seed, "seed-copy");
        briefings.save(copy);
        service.annotateQuote(copy.id(), PLAN, OptionalInt.empty(), AnnotationDraft.HIGHLIGHT);
        note(SWEETENERS, "newest in the seed", null);
        briefings.delete(copy.id());
        reader.show(seed);
        NotesViewModel model = new NotesViewModel(new NotesParts(() -> service, new InlineBackgroundRunner()),
                reader, id -> id.equals(seed.id()) ? "The seed" : id, (id, unit) -> { });
        assertThat(quotes(model.notes())).containsExactly(HISTORY, SWEETENERS);

        model.scopeProperty().set(NotesScope.LIBRARY);

        assertThat(quotes(model.notes())).containsExactly(SWEETENERS, HISTORY);
        assertThat(quotes(model.orphans())).containsExactly(PLAN);
        assertThat(model.orphans().get(0).place()).isEqualTo("seed-copy"); // deleted: no title known
        assertThat(model.notes().get(0).place()).isEqualTo("The seed");
        assertThat(model.statusProperty().get()).isEqualTo("3 notes");
    }

    @Test
    void filtersByFoldedTextTagCategoryAndSection() throws Exception {
        note(HISTORY, "Putin's Côte note", "evidence", "diplomacy");
        note(PLAN, "islands fading", "question", "territory", "Diplomacy");
        note(SWEETENERS, "money", null, "economy");
        reader.show(seed);
        NotesViewModel model = model(new InlineBackgroundRunner());
        assertThat(model.tags()).containsExactly("", "diplomacy", "economy", "territory");
        assertThat(model.categories()).containsExactly("", "evidence", "question");

        model.textFilterProperty().set("COTE putin");
        assertThat(quotes(model.notes())).containsExactly(HISTORY);
        model.textFilterProperty().set("economy");  // a tag is searched as text too
        assertThat(quotes(model.notes())).containsExactly(SWEETENERS);
        model.textFilterProperty().set("good luck"); // the quote is searched: no quote holds these words
        assertThat(model.notes()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("0 of 3 notes");
        model.textFilterProperty().set("");

        model.tagFilterProperty().set("diplomacy");
        assertThat(quotes(model.notes())).containsExactly(HISTORY, PLAN);
        model.categoryFilterProperty().set("QUESTION");
        assertThat(quotes(model.notes())).containsExactly(PLAN);
        model.tagFilterProperty().set("");
        model.categoryFilterProperty().set("");

        String historySection = model.sections().get(1);
        assertThat(model.sectionHeading(historySection)).isEqualTo("The History");
        model.sectionFilterProperty().set(historySection);
        assertThat(quotes(model.notes())).containsExactly(HISTORY);
        assertThat(model.statusProperty().get()).isEqualTo("1 of 3 notes");
    }

    @Test
    void aBriefingShownLaterIsListedWithItsSections() throws Exception {
        note(HISTORY, "here", null);
        NotesViewModel model = model(new InlineBackgroundRunner());
        assertThat(model.statusProperty().get()).isEqualTo(NotesViewModel.NO_BRIEFING);

        reader.show(seed);

        assertThat(quotes(model.notes())).containsExactly(HISTORY);
        assertThat(model.notes().get(0).place()).isEqualTo("The History");
        assertThat(model.sections()).hasSize(2);
    }

    @Test
    void deleteRemovesTheNoteAndBumpsTheRevision() throws Exception {
        note(HISTORY, "keep", null);
        Annotation gone = note(PLAN, "drop", null);
        reader.show(seed);
        NotesParts parts = new NotesParts(() -> service, new InlineBackgroundRunner());
        NotesViewModel model = new NotesViewModel(parts, reader, (id, unit) -> { });
        long before = parts.revisionProperty().get();

        model.delete(model.notes().get(1));

        assertThat(parts.revisionProperty().get()).isEqualTo(before + 1);
        assertThat(service.notes(seed.id())).extracting(Annotation::id).doesNotContain(gone.id());
        assertThat(quotes(model.notes())).containsExactly(HISTORY);
    }

    @Test
    void openJumpsToTheFirstUnitOfTheNote() throws Exception {
        Annotation made = note(HISTORY, "here", null);
        reader.show(seed);
        NotesViewModel model = model(new InlineBackgroundRunner());

        model.open(model.notes().get(0));

        assertThat(opened).containsExactly(seed.id() + "#" + made.target().unitIds().get(0));
        assertThat(made.target().unitIds().get(0)).startsWith("the-history");
    }

    @Test
    void anAnswerToAnOlderRequestIsDropped() throws Exception {
        note(HISTORY, "here", null);
        reader.show(seed);
        QueuedBackgroundRunner runner = new QueuedBackgroundRunner();
        NotesViewModel model = model(runner);
        assertThat(model.statusProperty().get()).isEqualTo(NotesViewModel.LOADING);

        reader.clear(); // the briefing read is closed before the first answer comes
        runner.runNewestFirst();

        assertThat(model.notes()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo(NotesViewModel.NO_BRIEFING);
    }

    @Test
    void aFailureIsOnePlainSentence() throws Exception {
        reader.show(seed);
        NotesViewModel model = new NotesViewModel(new NotesParts(() -> {
            throw new java.nio.file.NoSuchFileException(home.resolve("annotations.json").toString());
        }, new InlineBackgroundRunner()), reader, (id, unit) -> { });
        assertThat(model.statusProperty().get()).doesNotContain("Exception").endsWith(".")
                .contains("annotations.json");
    }

    @Test
    void aWindowWithoutAnnotationsSaysSoWithoutReading() {
        reader.show(seed);
        NotesViewModel model = new NotesViewModel(new NotesParts(AnnotationAccess.NONE, new InlineBackgroundRunner()),
                reader, (id, unit) -> { });
        assertThat(model.statusProperty().get()).isEqualTo(NotesViewModel.NOT_AVAILABLE);
    }
}
