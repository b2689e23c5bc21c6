package org.briefingreader.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.ExportService;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";
    private static final String OTHER = "Russia is unlikely to return the disputed islands.";

    @TempDir
    Path home;

    private ExportFixture library;
    private Annotation seedNote;
    private Annotation copyNote;

    @BeforeEach
    void seed() throws Exception {
        library = new ExportFixture(home);
        seedNote = library.annotations.annotateQuote(library.seed.id(), SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("Why no progress"), List.of("economy"), Optional.of("evidence"),
                        Optional.empty()));
        copyNote = library.annotations.annotateQuote(library.copy.id(), SENTENCE, OptionalInt.empty(),
                new AnnotationDraft(Optional.of("Same passage, other briefing"), List.of("islands"),
                        Optional.empty(), Optional.empty()));
    }

    @Test
    void thisBriefingPreviewsOnlyItsNotesAndTheLibraryAllOfThem() {
        ExportViewModel model = model(new InlineBackgroundRunner(), ExportSelection.NONE);

        assertThat(model.scopeProperty().get()).isEqualTo(ExportScope.BRIEFING);
        assertThat(model.summaryProperty().get()).isEqualTo("1 note from 1 briefing");
        assertThat(model.previewProperty().get()).contains(SENTENCE).contains("Why no progress")
                .doesNotContain("Same passage, other briefing");

        model.scopeProperty().set(ExportScope.LIBRARY);
        assertThat(model.summaryProperty().get()).isEqualTo("2 notes from 2 briefings");
        assertThat(model.previewProperty().get()).contains("Why no progress", "Same passage, other briefing");
    }

    @Test
    void withoutABriefingShownTheLibraryIsChosenAndThisBriefingIsNotOffered() {
        ExportViewModel model = new ExportViewModel(library.access, new InlineBackgroundRunner(), Optional.empty(),
                "", ExportSelection.NONE);

        assertThat(model.offers(ExportScope.BRIEFING)).isFalse();
        assertThat(model.offers(ExportScope.LIBRARY)).isTrue();
        assertThat(model.scopeProperty().get()).isEqualTo(ExportScope.LIBRARY);
        assertThat(model.summaryProperty().get()).isEqualTo("2 notes from 2 briefings");
    }

    @Test
    void theCurrentFilterMapsTagAndCategoryAndChoosesTheListedNotesByIdWhenWordsOrASectionAreSet() {
        ExportSelection byTag = new ExportSelection(Optional.empty(), "", "islands", "", "", List.of());
        assertThat(byTag.filter().tag()).contains("islands");
        assertThat(byTag.filter().briefingId()).isEmpty();
        assertThat(byTag.filter().ids()).isEmpty();

        UUID listed = seedNote.id();
        ExportSelection byWords = new ExportSelection(Optional.of(library.seed.id()), " progress ", "", "evidence", "",
                List.of(listed));
        assertThat(byWords.filter().briefingId()).contains(library.seed.id());
        assertThat(byWords.filter().category()).contains("evidence");
        assertThat(byWords.filter().ids()).contains(Set.of(listed));
        assertThat(byWords.describe()).isEqualTo("this briefing, category evidence, \u201Cprogress\u201D");

        ExportSelection bySection = new ExportSelection(Optional.of(library.seed.id()), "", "", "", "Outlook",
                List.of());
        assertThat(bySection.filter().ids()).contains(Set.of());
    }

    @Test
    void theCurrentFilterExportsWhatTheNotesTabLists() {
        ExportViewModel byTag = model(new InlineBackgroundRunner(),
                new ExportSelection(Optional.empty(), "", "islands", "", "", List.of(copyNote.id())));
        byTag.scopeProperty().set(ExportScope.CURRENT_FILTER);
        assertThat(byTag.summaryProperty().get()).isEqualTo("1 note from 1 briefing");
        assertThat(byTag.previewProperty().get()).contains("Same passage, other briefing")
                .doesNotContain("Why no progress");
        assertThat(byTag.detail(ExportScope.CURRENT_FILTER)).isEqualTo("the Notes tab: the library, tag #islands");

        ExportViewModel byWords = model(new InlineBackgroundRunner(),
                new ExportSelection(Optional.empty(), "other briefing", "", "", "", List.of(copyNote.id())));
        byWords.scopeProperty().set(ExportScope.CURRENT_FILTER);
        assertThat(byWords.summaryProperty().get()).isEqualTo("1 note from 1 briefing");
        assertThat(byWords.previewProperty().get()).contains("Same passage, other briefing")
                .doesNotContain("Why no progress");

        ExportViewModel nothingListed = model(new InlineBackgroundRunner(),
                new ExportSelection(Optional.empty(), "no such words", "", "", "", List.of()));
        nothingListed.scopeProperty().set(ExportScope.CURRENT_FILTER);
        assertThat(nothingListed.summaryProperty().get()).isEqualTo("0 notes from 0 briefings");
    }

    @Test
    void anAnswerToAnOlderChoiceIsDropped() {
        QueuedBackgroundRunner runner = new QueuedBackgroundRunner();
        ExportViewModel model = model(runner, ExportSelection.NONE);
        model.formatProperty().set(ExportFormat.HTML);
        model.formatProperty().set(ExportFormat.CSV);
        assertThat(model.summaryProperty().get()).isEqualTo(ExportViewModel.PREPARING);
        assertThat(runner.waiting()).isEqualTo(3);

        runner.runNewestFirst(); // the Markdown and HTML answers arrive after the CSV one

        assertThat(model.previewProperty().get()).startsWith("Highlight,Title,").doesNotContain("<html", "---");
        assertThat(model.summaryProperty().get()).isEqualTo("1 note from 1 briefing");
    }

    @Test
    void aFailedPreviewSaysWhyInOneLineAndShowsNoText() {
        ExportAccess broken = new ExportAccess() {
            @Override
            public ExportService open(boolean csvBom) throws IOException {
                throw new IOException("the annotation store\ncannot be read");
            }

            @Override
            public void write(Path target, Content content) {
                throw new AssertionError("nothing is written");
            }
        };
        ExportViewModel model = new ExportViewModel(broken, new InlineBackgroundRunner(),
                Optional.of(library.seed.id()), "Japan", ExportSelection.NONE);

        assertThat(model.errorProperty().get())
                .isEqualTo("Could not make the preview: the annotation store cannot be read.");
        assertThat(model.previewProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
    }

    @Test
    void exportWritesTheFileAndSaysWhere() throws Exception {
        ExportViewModel model = model(new InlineBackgroundRunner(), ExportSelection.NONE);
        Path target = home.resolve("out").resolve(model.defaultFileName());
        Files.createDirectories(target.getParent());
        List<String> said = new ArrayList<>();

        model.export(target, said::add);

        assertThat(said).containsExactly("Exported 1 note from 1 briefing as Markdown to " + target + ".");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains(SENTENCE, "Why no progress");
        assertThat(model.writingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aCsvWithBomStartsWithTheMarkButItsPreviewDoesNot() throws Exception {
        ExportViewModel model = model(new InlineBackgroundRunner(), ExportSelection.NONE);
        model.formatProperty().set(ExportFormat.CSV);
        model.bomProperty().set(true);
        Path target = home.resolve(model.defaultFileName());

        model.export(target, sentence -> { });

        assertThat(model.previewProperty().get()).startsWith("Highlight,Title,");
        byte[] bytes = Files.readAllBytes(target);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFHighlight,Title,").contains(SENTENCE);
    }

    @Test
    void aFailedWriteShowsTheReasonAndLeavesNoFile() {
        ExportViewModel model = model(new InlineBackgroundRunner(), ExportSelection.NONE);
        Path target = home.resolve("no-such-folder").resolve("notes.md");
        List<String> said = new ArrayList<>();

        model.export(target, said::add);

        assertThat(said).isEmpty();
        assertThat(model.errorProperty().get()).startsWith("Could not export the notes: cannot write " + target)
                .contains("no such folder");
        assertThat(target).doesNotExist();
        assertThat(model.writingProperty().get()).isFalse();
    }

    @Test
    void theFileNameFollowsScopeAndFormat() {
        ExportViewModel model = model(new InlineBackgroundRunner(), ExportSelection.NONE);
        String briefingName = model.defaultFileName();
        model.formatProperty().set(ExportFormat.JSON_LD);
        model.scopeProperty().set(ExportScope.LIBRARY);

        assertThat(briefingName).matches("[a-z0-9-]+-notes\\.md").startsWith(library.seed.id().substring(0, 5)
                .toLowerCase(java.util.Locale.ROOT));
        assertThat(model.defaultFileName()).isEqualTo("library-notes.jsonld");
    }

    private ExportViewModel model(org.briefingreader.ui.support.BackgroundRunner runner, ExportSelection current) {
        return new ExportViewModel(library.access, runner, Optional.of(library.seed.id()), library.seed.title(),
                current);
    }
}
