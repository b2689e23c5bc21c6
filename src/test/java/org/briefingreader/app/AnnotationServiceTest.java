package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.UndoJournal;
import org.briefingreader.domain.annotation.UndoStacks;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use cases on a real library folder: briefing store, annotation store and undo history on disk. */
class AnnotationServiceTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";

    @TempDir
    Path home;

    private final StepClock clock = new StepClock(Instant.parse("2026-11-30T10:00:00Z"));
    private LibraryPaths paths;
    private JsonBriefingStore briefings;
    private Briefing seed;
    private AnnotationService service;

    /** A clock the test moves: forwards, or backwards as a corrected system clock can. */
    private static final class StepClock extends Clock {
        private Instant now;

        StepClock(Instant now) {
            this.now = now;
        }

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
            return now;
        }
    }

    @BeforeEach
    void library() throws Exception {
        paths = LibraryPaths.under(home);
        briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        service = open(new JsonUndoJournal(paths));
    }

    private AnnotationService open(UndoJournal journal) throws IOException {
        return new AnnotationService(briefings, new JsonAnnotationStore(paths), journal, clock);
    }

    private static AnnotationDraft note(String note, String... tags) {
        return new AnnotationDraft(Optional.of(note), List.of(tags), Optional.empty(), Optional.empty());
    }

    @Test
    void aSelectionBecomesAW3CTargetWithTheSelectedText() throws Exception {
        String text = CanonicalText.of(seed).text();
        int start = text.indexOf(SENTENCE);
        Annotation created = service.annotate(seed.id(), start, start + SENTENCE.length(), AnnotationDraft.HIGHLIGHT);
        assertThat(created.motivation()).isEqualTo(Motivation.HIGHLIGHTING);
        assertThat(created.target().quote().exact()).isEqualTo(SENTENCE);
        assertThat(created.target().quote().prefix()).hasSize(32);
        assertThat(created.target().unitIds()).containsExactly("why-theres-been-no-progress.p1");
        assertThat(created.anchoredTo()).isEqualTo(seed.contentHash());
        assertThat(service.notes(seed.id())).containsExactly(created);
        assertThatThrownBy(() -> service.annotate(seed.id(), 5, 5, AnnotationDraft.HIGHLIGHT))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("not inside briefing");
    }

    @Test
    void editThenUndoAndRedoSurviveANewProcess() throws Exception {
        Annotation created = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), note("first"));
        clock.now = clock.now.plusSeconds(60);
        Annotation edited = service.edit(created.id(), note("second", "economy"));
        assertThat(edited.modified()).isAfter(created.modified());

        AnnotationService later = open(new JsonUndoJournal(paths)); // as the next command would
        assertThat(later.undo()).map(c -> c.label()).contains("edit annotation");
        assertThat(later.notes(seed.id())).singleElement().satisfies(a -> {
            assertThat(a.note()).contains("first");
            assertThat(a.tags()).isEmpty();
        });
        assertThat(later.redo()).isPresent();
        assertThat(later.notes(seed.id())).singleElement().satisfies(a -> assertThat(a.note()).contains("second"));
        assertThat(later.redo()).isEmpty();
    }

    @Test
    void undoNeverOverwritesAChangeMadeElsewhere() throws Exception {
        Annotation created = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), note("mine"));
        AnnotationService elsewhere = open(new InMemoryJournal());
        clock.now = clock.now.plusSeconds(5);
        elsewhere.edit(created.id(), note("theirs"));

        assertThatThrownBy(service::undo).isInstanceOf(AnnotationException.class)
                .hasMessage("cannot undo \"annotate\": annotation " + created.id() + " was changed since");
        assertThat(service.notes(seed.id())).singleElement().satisfies(a -> assertThat(a.note()).contains("theirs"));
    }

    @Test
    void aClockSteppingBackStillMovesModifiedForward() throws Exception {
        Annotation created = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), note("one"));
        clock.now = clock.now.minusSeconds(3600);
        Annotation edited = service.edit(created.id(), note("two"));
        assertThat(edited.modified()).isAfter(created.modified());
        assertThat(service.undo()).isPresent();
        assertThat(service.notes(seed.id())).singleElement().satisfies(a -> assertThat(a.note()).contains("one"));
    }

    @Test
    void aBriefingChangedBehindTheServicesBackIsPlacedAgainOnReading() throws Exception {
        Annotation created = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), note("kept"));
        Briefing edited = withLede(seed, "An added first paragraph moves everything after it.");
        briefings.save(edited);

        Annotation placed = service.notes(seed.id()).get(0);
        assertThat(placed.anchoring()).isEqualTo(Anchoring.ANCHORED);
        assertThat(placed.anchoredTo()).isEqualTo(edited.contentHash());
        assertThat(placed.target().position().start()).isGreaterThan(created.target().position().start());
        assertThat(CanonicalText.of(edited).slice(placed.target().position())).contains(SENTENCE);
        assertThat(new JsonAnnotationStore(paths).get(created.id())).contains(placed); // saved, not just shown
    }

    @Test
    void annotationsOfADeletedBriefingAreListedAsOrphansAndKept() throws Exception {
        Annotation created = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), note("kept"));
        briefings.delete(seed.id());
        assertThat(service.allNotes()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(created.id());
            assertThat(a.isOrphan()).isTrue();
        });
        briefings.save(seed);
        assertThat(service.notes(seed.id())).singleElement().satisfies(a -> assertThat(a.isOrphan()).isFalse());
    }

    @Test
    void findTakesAUniquePrefixOfTheId() throws Exception {
        Annotation created = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), AnnotationDraft.HIGHLIGHT);
        assertThat(service.find(created.id().toString().substring(0, 8))).isEqualTo(created);
        assertThat(service.find("urn:uuid:" + created.id())).isEqualTo(created);
        assertThatThrownBy(() -> service.find("ab")).hasMessageContaining("at least 4 characters");
    }

    @Test
    void anOrphanPlacedByHandIsAnchoredThereAndUndoMakesItAnOrphanAgain() throws Exception {
        String lede = seed.lede().get(0).text();
        Annotation created = service.annotateQuote(seed.id(), lede, OptionalInt.empty(), note("the opening", "intro"));
        Briefing rewritten = withLedeOnly(seed, "A wholly new opening paragraph says something else.");
        briefings.save(rewritten);
        Annotation orphan = service.notes(seed.id()).get(0);
        assertThat(orphan.isOrphan()).isTrue();

        clock.now = clock.now.plusSeconds(30);
        String text = CanonicalText.of(rewritten).text();
        int start = text.indexOf("A wholly new opening");
        Annotation placed = service.place(created.id(), start, start + "A wholly new opening".length());
        assertThat(placed.isOrphan()).isFalse();
        assertThat(placed.target().quote().exact()).isEqualTo("A wholly new opening");
        assertThat(placed.note()).contains("the opening");
        assertThat(placed.tags()).containsExactly("intro");
        assertThat(service.notes(seed.id())).containsExactly(placed);

        assertThat(service.undo()).map(c -> c.label()).contains("place annotation");
        assertThat(service.notes(seed.id())).singleElement().satisfies(a -> {
            assertThat(a.isOrphan()).isTrue();
            assertThat(a.target().quote().exact()).isEqualTo(lede);
        });
        assertThat(service.redo()).isPresent();
        assertThat(service.notes(seed.id())).singleElement()
                .satisfies(a -> assertThat(a.target().quote().exact()).isEqualTo("A wholly new opening"));
        assertThatThrownBy(() -> service.place(created.id(), 0, text.length() + 1))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("not inside briefing");
    }

    private static Briefing withLedeOnly(Briefing b, String only) {
        return new Briefing(b.id(), b.title(), b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                b.captions(), b.summary(), List.of(new Paragraph("lede.p1", only)), b.sections(),
                b.originalFileName(), "sha256:" + "2".repeat(64), b.copyright());
    }

    private static Briefing withLede(Briefing b, String first) {
        List<Paragraph> lede = new java.util.ArrayList<>();
        lede.add(new Paragraph("lede.p0", first));
        lede.addAll(b.lede());
        return new Briefing(b.id(), b.title(), b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                b.captions(), b.summary(), lede, b.sections(), b.originalFileName(), "sha256:" + "1".repeat(64),
                b.copyright());
    }

    /** Another process's history: the change it makes is not in ours. */
    private static final class InMemoryJournal implements UndoJournal {
        private UndoStacks stacks = UndoStacks.EMPTY;

        @Override
        public UndoStacks load() {
            return stacks;
        }

        @Override
        public void save(UndoStacks next) {
            stacks = next;
        }
    }
}
