package org.briefingreader.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.PaneHighlight;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlights of the shown briefing over a real library folder: briefing store, annotations and undo on disk. */
class HighlightsViewModelTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";

    @TempDir
    Path home;

    private AnnotationService service;
    private Briefing seed;
    private Briefing other;
    private final BriefingViewModel reader = new BriefingViewModel();
    private final List<String> said = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void library() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        other = TestBriefings.simple("Tea Markets", Optional.empty(), 2);
        briefings.save(seed);
        briefings.save(other);
        service = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
    }

    private HighlightsViewModel highlights(BackgroundRunner runner) {
        return new HighlightsViewModel(new NotesParts(() -> service, runner), reader, said::add,
                (what, error) -> failures.add(what + ": " + error.getMessage()));
    }

    private List<String> paintedTexts() {
        String text = reader.documentProperty().get().text();
        return reader.highlightsProperty().get().stream()
                .map(highlight -> text.substring(highlight.range().start(), highlight.range().end())).toList();
    }

    private int sentenceStart() {
        return reader.documentProperty().get().text().indexOf(SENTENCE);
    }

    @Test
    void aHighlightedSentenceIsPaintedAsExactlyThatSentence() {
        HighlightsViewModel highlights = highlights(new InlineBackgroundRunner());
        reader.show(seed);
        assertThat(reader.documentProperty().get().text()).as("the pane's text is the canonical text")
                .isEqualTo(CanonicalText.of(seed).text());

        highlights.highlight(sentenceStart(), sentenceStart() + SENTENCE.length());

        assertThat(paintedTexts()).containsExactly(SENTENCE);
        assertThat(highlights.highlightsProperty().get()).singleElement()
                .satisfies(highlight -> assertThat(highlight.categoryClass()).isEmpty());
        assertThat(said).last().asString().startsWith("Highlighted \u201cJapan has not managed");
        assertThat(failures).isEmpty();
    }

    @Test
    void undoTakesTheHighlightAwayAndRedoBringsItBack() {
        HighlightsViewModel highlights = highlights(new InlineBackgroundRunner());
        reader.show(seed);
        highlights.highlight(sentenceStart(), sentenceStart() + SENTENCE.length());

        highlights.undo();
        assertThat(reader.highlightsProperty().get()).isEmpty();
        assertThat(said).last()
                .isEqualTo("Undid highlight \u201cJapan has not managed to deliver on many\u2026\u201d.");

        highlights.redo();
        assertThat(paintedTexts()).containsExactly(SENTENCE);
        assertThat(said).last().asString().startsWith("Redid highlight \u201cJapan");

        highlights.redo();
        assertThat(said).last().isEqualTo("Nothing to redo.");
        highlights.undo();
        highlights.undo();
        assertThat(said).last().isEqualTo("Nothing to undo.");
        assertThat(failures).isEmpty();
    }

    @Test
    void anEmptySelectionAsksForAPassageAndChangesNothing() throws Exception {
        HighlightsViewModel highlights = highlights(new InlineBackgroundRunner());
        reader.show(seed);

        highlights.highlight(sentenceStart(), sentenceStart());

        assertThat(said).containsExactly("Select a passage to highlight.");
        assertThat(service.notes(seed.id())).isEmpty();
    }

    @Test
    void aCategoryBecomesTheHighlightsStyleClass() throws Exception {
        NotesParts parts = new NotesParts(() -> service, new InlineBackgroundRunner());
        new HighlightsViewModel(parts, reader, said::add, (what, error) -> failures.add(what));
        reader.show(seed);
        service.annotate(seed.id(), sentenceStart(), sentenceStart() + SENTENCE.length(),
                new AnnotationDraft(Optional.empty(), List.of(), Optional.of("Key Judgement"), Optional.empty()));
        parts.changed();

        assertThat(reader.highlightsProperty().get()).extracting(PaneHighlight::categoryClass)
                .containsExactly(Optional.of("highlight-key-judgement"));
    }

    @Test
    void theAnnotationsOfAnotherBriefingAreNeverShown() throws Exception {
        HighlightsViewModel highlights = highlights(new InlineBackgroundRunner());
        String otherText = CanonicalText.of(other).text();
        String passage = "The first paragraph of part 1";
        service.annotate(other.id(), otherText.indexOf(passage), otherText.indexOf(passage) + passage.length(),
                AnnotationDraft.HIGHLIGHT);

        reader.show(seed);
        assertThat(reader.highlightsProperty().get()).isEmpty();
        highlights.highlight(sentenceStart(), sentenceStart() + SENTENCE.length());
        assertThat(paintedTexts()).containsExactly(SENTENCE);

        reader.show(other);
        assertThat(paintedTexts()).containsExactly(passage);
    }

    @Test
    void anAnswerForTheBriefingShownBeforeIsDropped() throws Exception {
        QueuedBackgroundRunner runner = new QueuedBackgroundRunner();
        highlights(runner);
        String otherText = CanonicalText.of(other).text();
        service.annotate(other.id(), 0, otherText.indexOf('\n'), AnnotationDraft.HIGHLIGHT);
        List<List<PaneHighlight>> painted = new ArrayList<>();
        reader.highlightsProperty().addListener((obs, old, now) -> painted.add(now));

        reader.show(other);
        reader.show(seed);
        runner.runAll();

        assertThat(painted).as("the other briefing's highlights never painted on the seed").allMatch(List::isEmpty);
    }

    @Test
    void anOlderReadOfTheSameBriefingAnsweringLastIsDropped() throws Exception {
        LastFirstRunner runner = new LastFirstRunner();
        NotesParts parts = new NotesParts(() -> service, runner);
        new HighlightsViewModel(parts, reader, said::add, (what, error) -> failures.add(what));
        reader.show(seed); // read 1: before the highlight
        service.annotate(seed.id(), sentenceStart(), sentenceStart() + SENTENCE.length(), AnnotationDraft.HIGHLIGHT);
        parts.changed(); // read 2: with it

        runner.runAll(); // read 2's answer first, then the older read 1's (without the highlight)

        assertThat(paintedTexts()).containsExactly(SENTENCE);
    }

    /** Does the work at once but hands the answers over newest first, as a slow read can answer after a later one. */
    private static final class LastFirstRunner implements BackgroundRunner {
        private final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                queued.addLast(() -> onFailure.accept(e));
                return;
            }
            queued.addLast(() -> onSuccess.accept(result));
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.removeLast().run();
            }
        }
    }
}
