package org.briefingreader.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
import org.briefingreader.ui.reader.PaneHighlight;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note editor's state and commands over a real library folder: briefings, annotations and undo on disk. */
class NoteEditorViewModelTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";
    private static final String OTHER = "Time is running out for Japan";

    @TempDir
    Path home;

    private AnnotationService service;
    private Briefing seed;
    private NotesParts parts;
    private final BriefingViewModel reader = new BriefingViewModel();
    private final List<String> said = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private HighlightsViewModel highlights;
    private NoteEditorViewModel editor;

    @BeforeEach
    void library() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        service = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        parts = new NotesParts(() -> service, new InlineBackgroundRunner());
        highlights = new HighlightsViewModel(parts, reader, said::add,
                (what, error) -> failures.add(what + ": " + error.getMessage()));
        editor = new NoteEditorViewModel(parts, reader, said::add,
                (what, error) -> failures.add(what + ": " + error.getMessage()));
        reader.show(seed);
    }

    private int at(String passage) {
        int start = reader.documentProperty().get().text().indexOf(passage);
        assertThat(start).as("the seed holds " + passage).isNotNegative();
        return start;
    }

    private Annotation only() throws Exception {
        assertThat(service.notes(seed.id())).hasSize(1);
        return service.notes(seed.id()).get(0);
    }

    @Test
    void aNewNoteIsStoredWithItsCategoryMultiLineNoteAndTagsAndPainted() throws Exception {
        long revision = parts.revisionProperty().get();
        assertThat(editor.create(at(SENTENCE), at(SENTENCE) + SENTENCE.length())).isTrue();
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(editor.quoteProperty().get()).isEqualTo(SENTENCE);
        assertThat(editor.categories()).extracting(category -> category.name())
                .startsWith("key judgement", "evidence");

        editor.categoryProperty().set("evidence");
        editor.noteProperty().set("Why no progress?\nSee the 2016 summit.");
        editor.tagInputProperty().set("economy, sanctions");
        assertThat(editor.commitTag()).isTrue();
        editor.save();

        Annotation stored = only();
        assertThat(stored.target().quote().exact()).isEqualTo(SENTENCE);
        assertThat(stored.note()).contains("Why no progress?\nSee the 2016 summit.");
        assertThat(stored.tags()).containsExactly("economy", "sanctions");
        assertThat(stored.category()).contains("evidence");
        assertThat(editor.openProperty().get()).as("closed once stored").isFalse();
        assertThat(parts.revisionProperty().get()).isGreaterThan(revision);
        assertThat(reader.highlightsProperty().get()).singleElement().satisfies(highlight -> {
            assertThat(highlight.range().start()).isEqualTo(at(SENTENCE));
            assertThat(highlight.annotationId()).contains(stored.id());
            assertThat(highlight.categoryClass()).contains("highlight-evidence");
        });
        assertThat(said).last().asString().startsWith("Added a note on \u201cJapan has not managed");
        assertThat(failures).isEmpty();
    }

    @Test
    void whatIsStillTypedInTheTagFieldBecomesATagOnSave() throws Exception {
        editor.create(at(SENTENCE), at(SENTENCE) + SENTENCE.length());
        editor.tagInputProperty().set("economy");
        editor.commitTag();
        editor.tagInputProperty().set("  energy ");

        editor.save();

        assertThat(only().tags()).containsExactly("economy", "energy");
        assertThat(only().note()).isEmpty();
    }

    @Test
    void tagsAreNotRepeatedAndBackspaceTakesTheLastBackToBeCorrected() {
        editor.create(at(SENTENCE), at(SENTENCE) + SENTENCE.length());
        editor.tagInputProperty().set("Economy,economy, ,energy");
        editor.commitTag();
        assertThat(editor.tags()).containsExactly("Economy", "energy");
        assertThat(editor.addTag("ENERGY")).isFalse();

        editor.reopenLastTag();

        assertThat(editor.tags()).containsExactly("Economy");
        assertThat(editor.tagInputProperty().get()).isEqualTo("energy");
    }

    @Test
    void anEmptySelectionOpensNoEditor() {
        assertThat(editor.create(at(SENTENCE), at(SENTENCE))).isFalse();

        assertThat(editor.openProperty().get()).isFalse();
        assertThat(said).containsExactly("Select a passage to add a note to.");
    }

    @Test
    void cancelStoresNothing() throws Exception {
        editor.create(at(SENTENCE), at(SENTENCE) + SENTENCE.length());
        editor.noteProperty().set("never mind");

        editor.cancel();

        assertThat(editor.openProperty().get()).isFalse();
        assertThat(service.notes(seed.id())).isEmpty();
    }

    @Test
    void aClickedHighlightOpensPrefilledAndSaveReplacesItsBodyUndoably() throws Exception {
        Annotation made = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("first thought"), List.of("economy"), Optional.of("question"),
                        Optional.empty()));
        parts.changed();

        Optional<PaneHighlight> under = editor.highlightAt(at(SENTENCE) + 5);
        assertThat(under.flatMap(PaneHighlight::annotationId)).contains(made.id());
        assertThat(editor.highlightAt(at(SENTENCE) - 1)).isEmpty();
        assertThat(editor.highlightAt(at(SENTENCE) + SENTENCE.length())).as("the end is not in it").isEmpty();

        editor.edit(made.id());
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.quoteProperty().get()).isEqualTo(SENTENCE);
        assertThat(editor.noteProperty().get()).isEqualTo("first thought");
        assertThat(editor.tags()).containsExactly("economy");
        assertThat(editor.categoryProperty().get()).isEqualTo("question");

        editor.noteProperty().set("second thought");
        editor.removeTag("economy");
        editor.categoryProperty().set("");
        editor.save();

        Annotation edited = only();
        assertThat(edited.id()).isEqualTo(made.id());
        assertThat(edited.note()).contains("second thought");
        assertThat(edited.tags()).isEmpty();
        assertThat(edited.category()).isEmpty();
        assertThat(said).last().asString().startsWith("Saved the note on \u201cJapan");

        highlights.undo();
        assertThat(only().note()).contains("first thought");
    }

    @Test
    void deleteInTheEditorDeletesAndUndoBringsItBack() throws Exception {
        Annotation made = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), AnnotationDraft.HIGHLIGHT);
        parts.changed();
        editor.edit(made.id());

        editor.delete();

        assertThat(service.notes(seed.id())).isEmpty();
        assertThat(reader.highlightsProperty().get()).isEmpty();
        assertThat(editor.openProperty().get()).isFalse();
        assertThat(said).last().asString().startsWith("Deleted \u201cJapan");

        highlights.undo();
        assertThat(only().id()).isEqualTo(made.id());
        assertThat(reader.highlightsProperty().get()).hasSize(1);
    }

    @Test
    void recategoriseKeepsTheNoteAndTags() throws Exception {
        Annotation made = service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("kept"), List.of("economy"), Optional.empty(), Optional.empty()));

        editor.recategorise(made.id(), Optional.of("disagree"));

        assertThat(only().category()).contains("disagree");
        assertThat(only().note()).contains("kept");
        assertThat(only().tags()).containsExactly("economy");
        assertThat(said).last().asString().endsWith("under disagree.");
    }

    @Test
    void aFailedSaveKeepsTheEditorOpenWithWhatWasTyped() throws Exception {
        editor.create(at(SENTENCE), at(SENTENCE) + SENTENCE.length());
        editor.noteProperty().set("worth keeping");
        editor.categoryProperty().set("no such category");

        editor.save();

        assertThat(failures).singleElement().asString().startsWith("Could not save the note: no category named");
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.busyProperty().get()).isFalse();
        assertThat(editor.noteProperty().get()).isEqualTo("worth keeping");
        assertThat(service.notes(seed.id())).isEmpty();
    }

    @Test
    void tagsAreCompletedFromThoseUsedInTheLibraryLeavingOutThoseGiven() throws Exception {
        service.annotateQuote(seed.id(), SENTENCE, OptionalInt.empty(), new AnnotationDraft(Optional.empty(),
                List.of("economy", "energy", "Japan"), Optional.empty(), Optional.empty()));
        service.annotateQuote(seed.id(), OTHER, OptionalInt.empty(), new AnnotationDraft(Optional.empty(),
                List.of("energy"), Optional.empty(), Optional.empty()));
        editor.create(at(OTHER), at(OTHER) + OTHER.length());

        editor.tagInputProperty().set("e");
        assertThat(editor.suggestions()).as("most used first").containsExactly("energy", "economy");

        editor.tagInputProperty().set("energy");
        editor.commitTag();
        editor.tagInputProperty().set("E");
        assertThat(editor.suggestions()).containsExactly("economy");

        editor.tagInputProperty().set("");
        assertThat(editor.suggestions()).isEmpty();
    }
}
