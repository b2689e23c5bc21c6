package org.briefingreader.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.briefingreader.app.AnnotationDraft;
import org.briefingreader.app.AnnotationService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.ui.notes.AnnotationAccess;
import org.briefingreader.ui.notes.NotesParts;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.briefingreader.ui.support.QueuedBackgroundRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, renaming and recolouring categories from Preferences, over a real library folder. */
class CategoriesViewModelTest {
    @TempDir
    Path home;

    private AnnotationService service;
    private Briefing seed;
    private NotesParts parts;
    private CategoryPalette palette;
    private CategoriesViewModel categories;

    @BeforeEach
    void library() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        JsonBriefingStore briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        service = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        parts = new NotesParts(() -> service, new InlineBackgroundRunner());
        palette = new CategoryPalette(parts);
        categories = new CategoriesViewModel(parts, palette);
    }

    private static String css(CategoryPalette palette) {
        String url = palette.stylesheetProperty().get();
        assertThat(url).startsWith("data:text/css;base64,");
        return new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    @Test
    void theLibrarysCategoriesAreListedAndPaintedAtOnce() {
        assertThat(categories.categoriesProperty().get()).isEqualTo(Category.DEFAULTS);
        assertThat(css(palette)).contains(".briefing-text .text.highlight-key-judgement { -rtfx-background-color: "
                + "rgba(242, 193, 78, 0.38); }");
    }

    @Test
    void anAddedCategoryIsStoredListedAndPaintedInItsColour() throws Exception {
        long before = parts.revisionProperty().get();
        categories.add("  Risk ", "#AA3311");

        assertThat(service.categories()).contains(new Category("Risk", "#aa3311"));
        assertThat(categories.categoriesProperty().get()).last().isEqualTo(new Category("Risk", "#aa3311"));
        assertThat(parts.revisionProperty().get()).as("highlights and notes reload").isGreaterThan(before);
        assertThat(css(palette)).contains(".briefing-text .text.highlight-risk { -rtfx-background-color: "
                + "rgba(170, 51, 17, 0.38); }", ".reader-window:dark .briefing-text .text.highlight-risk { "
                + "-rtfx-background-color: rgba(170, 51, 17, 0.30); }");
        assertThat(categories.messageProperty().get()).isEqualTo("Added \u201cRisk\u201d.");
        assertThat(categories.failedProperty().get()).isFalse();
    }

    @Test
    void recolouringRepaintsTheCategory() throws Exception {
        categories.add("Risk", "#aa3311");
        Category risk = categories.categoriesProperty().get().get(4);
        categories.recolour(risk, "#2266cc");

        assertThat(service.categories()).contains(new Category("Risk", "#2266cc"))
                .doesNotContain(new Category("Risk", "#aa3311"));
        assertThat(css(palette)).contains("highlight-risk { -rtfx-background-color: rgba(34, 102, 204, 0.38); }")
                .doesNotContain("rgba(170, 51, 17");
    }

    @Test
    void renamingKeepsTheColourAndRefilesItsAnnotations() throws Exception {
        Annotation filed = service.annotateQuote(seed.id(), "Japan has not managed", java.util.OptionalInt.empty(),
                new AnnotationDraft(java.util.Optional.empty(), List.of(),
                        java.util.Optional.of("evidence"), java.util.Optional.empty()));
        Category evidence = categories.categoriesProperty().get().get(1);
        categories.rename(evidence, "Proof");

        assertThat(service.categories()).contains(new Category("Proof", evidence.colour()))
                .noneMatch(c -> c.name().equals("evidence"));
        assertThat(service.notes(seed.id())).filteredOn(a -> a.id().equals(filed.id()))
                .singleElement().satisfies(a -> assertThat(a.category()).contains("Proof"));
        assertThat(css(palette)).contains("highlight-proof").doesNotContain("highlight-evidence");
    }

    @Test
    void aNameInUseIsRefusedInOneLineAndNothingIsStored() throws Exception {
        long before = parts.revisionProperty().get();
        categories.add("EVIDENCE", "#000000");

        assertThat(categories.messageProperty().get()).isEqualTo("There is already a category named "
                + "\u201cevidence\u201d.");
        assertThat(categories.failedProperty().get()).isTrue();
        assertThat(service.categories()).isEqualTo(Category.DEFAULTS);
        assertThat(parts.revisionProperty().get()).isEqualTo(before);
    }

    @Test
    void aBlankNameOrABadColourIsRefusedInOneLine() throws Exception {
        categories.add(" ", "#000000");
        assertThat(categories.messageProperty().get()).startsWith("Cannot add the category: a category name has 1")
                .doesNotContain("\n");
        categories.recolour(Category.DEFAULTS.get(0), "red");
        assertThat(categories.messageProperty().get()).startsWith("Cannot recolour the category: category colour "
                + "must be #rrggbb");
        assertThat(service.categories()).isEqualTo(Category.DEFAULTS);
    }

    @Test
    void renamingOntoAnotherCategorysNameSaysTheServicesReason() throws Exception {
        categories.rename(Category.DEFAULTS.get(0), "Question");
        assertThat(categories.messageProperty().get())
                .isEqualTo("Could not rename the category: there is already a category named Question.");
        assertThat(categories.failedProperty().get()).isTrue();
    }

    @Test
    void aWindowWithoutAnnotationsSaysSoInsteadOfListing() {
        NotesParts none = new NotesParts(AnnotationAccess.NONE, new InlineBackgroundRunner());
        CategoriesViewModel without = new CategoriesViewModel(none, new CategoryPalette(none));
        without.add("Risk", "#aa3311");
        assertThat(without.categoriesProperty().get()).isEmpty();
        assertThat(without.messageProperty().get())
                .isEqualTo("Could not add the category: Annotations are not available in this window.");
    }

    @Test
    void theFormIsBusyUntilTheWriteIsDone() {
        QueuedBackgroundRunner queued = new QueuedBackgroundRunner();
        NotesParts slow = new NotesParts(() -> service, queued);
        CategoriesViewModel model = new CategoriesViewModel(slow, new CategoryPalette(slow));
        queued.runAll();
        model.add("Risk", "#aa3311");
        assertThat(model.busyProperty().get()).isTrue();
        queued.runAll();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.categoriesProperty().get()).extracting(Category::name).contains("Risk");
    }

    @Test
    void rgbaTurnsAHexColourIntoTranslucentComponents() {
        assertThat(CategoryPalette.rgba("#0a0b0c", 0.5)).isEqualTo("rgba(10, 11, 12, 0.50)");
        assertThat(CategoryPalette.css(List.of(new Category("Key  Judgement!", "#ffffff"))))
                .contains(".text.highlight-key-judgement {");
    }
}
