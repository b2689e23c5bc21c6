package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.HitAnnotation;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.search.LuceneLibraryIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes, tags and categories found by search, and kept current by sync: a real library folder (briefing store,
 * annotation store, undo history), annotations made through {@link AnnotationService}, and a real Lucene index.
 */
class AnnotationSearchTest {
    private static final Path SAMPLE = Path.of("samples/japan-russia-2018.txt");
    /** In the-history.p1, a section of kind history. */
    private static final String ISLANDS = "The sticking point is sovereignty over a string of islands";
    /** In why-theres-been-no-progress.p1 (constraints). */
    private static final String SWEETENERS = "Japan has not managed to deliver on many of its economic sweeteners.";
    /** In tokyos-unambitious-plan.p1 (other). */
    private static final String RUNNING_OUT = "Time is running out for Japan";

    @TempDir
    Path home;

    private JsonBriefingStore briefings;
    private LuceneLibraryIndex index;
    private SearchService search;
    private AnnotationService annotating;
    private Briefing seed;

    @BeforeEach
    void open() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(SAMPLE).briefing();
        briefings.save(seed);
        JsonAnnotationStore notes = new JsonAnnotationStore(paths);
        annotating = new AnnotationService(briefings, notes, new JsonUndoJournal(paths), Clock.systemUTC());
        index = LuceneLibraryIndex.open(home.resolve("index"));
        search = new SearchService(index, briefings, notes);
        search.sync(SyncListener.NONE);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private Annotation annotate(String quote, String note, Optional<String> category, String... tags)
            throws Exception {
        return annotating.annotateQuote(seed.id(), quote, OptionalInt.empty(),
                new AnnotationDraft(Optional.ofNullable(note), List.of(tags), category, Optional.empty()));
    }

    private SearchResults find(String query) throws IOException {
        return search.search(query, Optional.empty(), 0, 50);
    }

    private static List<SearchHit> notesOf(SearchResults results) {
        return results.hits().stream().filter(h -> h.annotation().isPresent()).toList();
    }

    private static List<String> marked(SearchHit hit) {
        return hit.matches().stream().map(r -> hit.text().substring(r.start(), r.end()).toLowerCase(Locale.ROOT))
                .toList();
    }

    @Test
    void aWordOfANoteFindsTheAnnotationInItsNoteWithThePassageAndItsPlace() throws Exception {
        Annotation made = annotate(ISLANDS, "Ask Tanaka whether the **fishing** accord still holds",
                Optional.of("key judgement"), "Treaty", "Kurils");
        search.sync(SyncListener.NONE);

        SearchResults results = find("tanaka");

        assertThat(results.total()).isEqualTo(1);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.in()).isEqualTo(SearchHit.MatchIn.NOTE);
        assertThat(hit.text()).isEqualTo(made.note().get());
        assertThat(marked(hit)).containsExactly("tanaka");
        assertThat(hit.annotation()).contains(new HitAnnotation(made.id(), ISLANDS, made.note(),
                List.of("Treaty", "Kurils"), Optional.of("key judgement"), false));
        assertThat(hit.unitId()).isEqualTo("the-history.p1");
        assertThat(hit.sectionId()).contains("the-history");
        assertThat(hit.kind()).contains(SectionKind.HISTORY);
        assertThat(hit.briefingTitle()).isEqualTo(seed.title());
        assertThat(results.countsByKind()).containsEntry(SectionKind.HISTORY, 1L);
    }

    @Test
    void aWordInTextAndNoteGivesSeparateHitsCountedTogetherForTheBriefing() throws Exception {
        SearchResults before = find("peace");
        annotate(ISLANDS, "Peace first, then the islands?", Optional.empty());
        annotate(SWEETENERS, "No peace without investment", Optional.empty());
        search.sync(SyncListener.NONE);

        SearchResults after = find("peace");

        assertThat(before.total()).isPositive();
        assertThat(after.total()).isEqualTo(before.total() + 2);
        assertThat(after.hits()).filteredOn(h -> h.in() == SearchHit.MatchIn.TEXT)
                .allSatisfy(h -> assertThat(h.annotation()).isEmpty()).hasSize((int) before.total());
        assertThat(notesOf(after)).hasSize(2).allSatisfy(h -> {
            assertThat(h.in()).isEqualTo(SearchHit.MatchIn.NOTE);
            assertThat(marked(h)).containsExactly("peace");
        });
        assertThat(after.countsByBriefing()).containsEntry(seed.id(), before.total() + 2);
        assertThat(after.briefingsMatched()).isEqualTo(1);
        assertThat(after.countsByKind().get(SectionKind.CONSTRAINTS))
                .isEqualTo(before.countsByKind().getOrDefault(SectionKind.CONSTRAINTS, 0L) + 1);
    }

    @Test
    void aPassageWordAloneDoesNotRepeatTheTextAsANoteHit() throws Exception {
        long before = find("sovereignty").total();
        annotate(ISLANDS, "about fishing", Optional.empty(), "treaty");
        search.sync(SyncListener.NONE);

        assertThat(find("sovereignty").total()).as("the passage is found as text already").isEqualTo(before);
    }

    @Test
    void noteScopeSearchesNotesOnlyWithWordsPhrasesPrefixesAndFuzzyWords() throws Exception {
        annotate(ISLANDS, "Peace first, then the islands? Ask Tanaka.", Optional.empty());
        search.sync(SyncListener.NONE);

        assertThat(notesOf(find("note:peace"))).hasSize(1);
        assertThat(find("note:peace").total()).as("no unit text").isEqualTo(1);
        assertThat(find("note:\"peace first\"").total()).isEqualTo(1);
        assertThat(find("note:\"first peace\"").total()).isZero();
        assertThat(find("note:tanak*").hits()).singleElement().satisfies(h -> assertThat(marked(h))
                .containsExactly("tanaka"));
        assertThat(find("note:tanka~1").total()).isEqualTo(1);
        assertThat(find("note:sovereignty").total()).as("the passage is not the note").isZero();
    }

    @Test
    void tagAndCategoryFindTheirAnnotationsShowingThePassage() throws Exception {
        Annotation tagged = annotate(ISLANDS, "fishing rights", Optional.of("Key Judgement"), "Middle East",
                "treaty");
        annotate(SWEETENERS, null, Optional.of("evidence"), "economy");
        search.sync(SyncListener.NONE);

        SearchResults byTag = find("tag:TREATY");
        assertThat(byTag.hits()).singleElement().satisfies(h -> {
            assertThat(h.annotation().map(HitAnnotation::id)).contains(tagged.id());
            assertThat(h.in()).isEqualTo(SearchHit.MatchIn.TEXT);
            assertThat(h.text()).isEqualTo(ISLANDS);
            assertThat(h.matches()).isEmpty();
        });
        assertThat(find("tag:\"middle  east\"").total()).isEqualTo(1);
        assertThat(find("tag:middle").total()).as("a tag is matched whole").isZero();
        assertThat(find("category:\"key judgement\"").hits()).singleElement()
                .satisfies(h -> assertThat(h.annotation().map(HitAnnotation::id)).contains(tagged.id()));
        assertThat(find("category:evidence").hits()).singleElement().satisfies(h -> {
            assertThat(h.annotation().flatMap(HitAnnotation::note)).isEmpty();
            assertThat(h.text()).isEqualTo(SWEETENERS);
        });
        assertThat(find("category:question").total()).isZero();
    }

    @Test
    void wordsBesideAnAnnotationScopeMatchTheNoteOrThePassage() throws Exception {
        annotate(ISLANDS, "fishing rights", Optional.empty(), "treaty");
        annotate(SWEETENERS, "islands are not the point here", Optional.empty(), "treaty");
        search.sync(SyncListener.NONE);

        SearchResults results = find("tag:treaty islands");

        assertThat(results.total()).as("units are not searched by a query about annotations").isEqualTo(2);
        SearchHit inPassage = results.hits().stream().filter(h -> h.in() == SearchHit.MatchIn.TEXT).findFirst()
                .orElseThrow();
        assertThat(inPassage.text()).isEqualTo(ISLANDS);
        assertThat(marked(inPassage)).containsExactly("islands");
        SearchHit inNote = results.hits().stream().filter(h -> h.in() == SearchHit.MatchIn.NOTE).findFirst()
                .orElseThrow();
        assertThat(marked(inNote)).containsExactly("islands");
    }

    @Test
    void excludingATagKeepsTheOtherAnnotations() throws Exception {
        annotate(ISLANDS, "still open: peace", Optional.empty());
        annotate(RUNNING_OUT, "peace deadline", Optional.empty(), "done");
        search.sync(SyncListener.NONE);

        assertThat(notesOf(find("-tag:done"))).singleElement()
                .satisfies(h -> assertThat(h.annotation().get().quote()).isEqualTo(ISLANDS));
        assertThat(find("-tag:done").total()).as("annotations only").isEqualTo(1);
        assertThat(notesOf(find("peace -tag:done"))).hasSize(1);
        assertThat(notesOf(find("peace"))).hasSize(2);
    }

    @Test
    void everyOtherScopeWorksOnNotesToo() throws Exception {
        annotate(ISLANDS, "Ask Tanaka", Optional.empty());
        search.sync(SyncListener.NONE);

        assertThat(find("tanaka kind:history").total()).isEqualTo(1);
        assertThat(find("tanaka kind:outlook").total()).isZero();
        assertThat(search.search("tanaka", Optional.of(SectionKind.HISTORY), 0, 5).total()).isEqualTo(1);
        assertThat(find("tanaka section:history").total()).isEqualTo(1);
        assertThat(find("tanaka section:outlook").total()).isZero();
        assertThat(find("tanaka title:japan").total()).isEqualTo(1);
        assertThat(find("tanaka title:korea").total()).isZero();
        assertThat(find("tanaka source:stratfor").total()).isEqualTo(1);
        assertThat(find("tanaka briefing:" + seed.id()).total()).isEqualTo(1);
        assertThat(find("tanaka briefing:another-briefing").total()).isZero();
        assertThat(find("tanaka date:2018-05").total()).isEqualTo(1);
        assertThat(find("tanaka before:2018").total()).isZero();
        assertThat(find("tanaka -kind:history").total()).isZero();
    }

    @Test
    void anEditedNoteIsFoundByItsNewWordsAfterSyncAndOnlyItsAnnotationsAreIndexedAgain() throws Exception {
        Annotation made = annotate(ISLANDS, "Ask Tanaka", Optional.empty());
        search.sync(SyncListener.NONE);

        annotating.edit(made.id(), new AnnotationDraft(Optional.of("Ask Suzuki"), List.of("fish"), Optional.empty(),
                Optional.empty()));
        assertThat(find("suzuki").total()).as("not before the sync").isZero();
        SyncReport report = search.sync(SyncListener.NONE);

        assertThat(report.indexed()).as("the briefing itself is not indexed again").isZero();
        assertThat(report.annotated()).isEqualTo(1);
        assertThat(report.changedBriefings()).isFalse();
        assertThat(report.changedAnything()).isTrue();
        assertThat(find("suzuki").total()).isEqualTo(1);
        assertThat(find("tanaka").total()).isZero();
        assertThat(find("tag:fish").total()).isEqualTo(1);
        assertThat(search.sync(SyncListener.NONE).changedAnything()).as("nothing new").isFalse();
    }

    @Test
    void aDeletedAnnotationIsGoneAfterSyncAndUndoBringsItBack() throws Exception {
        Annotation made = annotate(ISLANDS, "Ask Tanaka", Optional.empty());
        Annotation other = annotate(SWEETENERS, "Ask Suzuki", Optional.empty());
        search.sync(SyncListener.NONE);

        annotating.delete(made.id());
        search.sync(SyncListener.NONE);
        assertThat(find("tanaka").total()).isZero();
        assertThat(find("suzuki").hits()).singleElement()
                .satisfies(h -> assertThat(h.annotation().map(HitAnnotation::id)).contains(other.id()));

        annotating.undo();
        search.sync(SyncListener.NONE);
        assertThat(find("tanaka").total()).isEqualTo(1);
    }

    @Test
    void anOrphanIsSearchableAndPointsAtNoUnit() throws Exception {
        Annotation orphan = annotate(RUNNING_OUT, "deadline of the summit", Optional.empty(), "timing");
        search.sync(SyncListener.NONE);
        Path edited = Files.writeString(home.resolve("edited.txt"), Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("Time is running out for Japan as the period", "The period"), StandardCharsets.UTF_8);
        Briefing next = new PlainTextBriefingParser().parse(edited).briefing();
        briefings.save(next);
        annotating.afterReplace(next);
        SyncReport report = search.sync(SyncListener.NONE);

        assertThat(report.indexed()).isEqualTo(1);
        SearchHit hit = find("deadline").hits().get(0);
        assertThat(hit.annotation().map(HitAnnotation::id)).contains(orphan.id());
        assertThat(hit.annotation().map(HitAnnotation::orphan)).contains(true);
        assertThat(hit.unitId()).isEmpty();
        assertThat(hit.sectionId()).isEmpty();
        assertThat(hit.position()).isEqualTo(-1);
        assertThat(hit.briefingTitle()).isEqualTo(next.title());
        assertThat(find("tag:timing source:stratfor").total()).as("briefing-level scopes still apply").isEqualTo(1);
        assertThat(find("tag:timing kind:other").total()).as("no place, so no kind").isZero();
    }

    @Test
    void theNotesOfADeletedBriefingStaySearchableAsOrphansUntilItComesBack() throws Exception {
        Annotation made = annotate(ISLANDS, "Ask Tanaka", Optional.empty());
        search.sync(SyncListener.NONE);

        briefings.delete(seed.id());
        SyncReport report = search.sync(SyncListener.NONE);

        assertThat(report.removed()).isEqualTo(1);
        assertThat(find("sovereignty").total()).as("its text is gone").isZero();
        SearchResults results = find("tanaka");
        assertThat(results.hits()).singleElement().satisfies(h -> {
            assertThat(h.annotation().map(HitAnnotation::id)).contains(made.id());
            assertThat(h.annotation().map(HitAnnotation::orphan)).contains(true);
            assertThat(h.briefingTitle()).as("the id stands for the lost title").isEqualTo(seed.id());
        });
        assertThat(results.countsByBriefing()).containsEntry(seed.id(), 1L);
        assertThat(results.briefingsMatched()).isEqualTo(1);

        briefings.save(seed);
        search.sync(SyncListener.NONE);
        assertThat(find("tanaka").hits()).singleElement().satisfies(h -> {
            assertThat(h.unitId()).isEqualTo("the-history.p1");
            assertThat(h.briefingTitle()).isEqualTo(seed.title());
        });
    }

    @Test
    void aBriefingWithNoteHitsOnlyIsCountedAmongTheMatchedBriefings() throws Exception {
        Path other = Files.writeString(home.resolve("glacier.txt"), "Glacier Report\n\nThe ice is thinning.\n",
                StandardCharsets.UTF_8);
        Briefing glacier = new PlainTextBriefingParser().parse(other).briefing();
        briefings.save(glacier);
        annotating.annotateQuote(glacier.id(), "The ice is thinning.", OptionalInt.empty(),
                new AnnotationDraft(Optional.of("compare with the islands"), List.of(), Optional.empty(),
                        Optional.empty()));
        search.sync(SyncListener.NONE);

        SearchResults results = find("islands");

        long seedUnits = results.hits().stream().filter(h -> h.briefingId().equals(seed.id())).count();
        assertThat(results.briefingsMatched()).isEqualTo(2);
        assertThat(results.countsByBriefing()).containsEntry(glacier.id(), 1L).containsEntry(seed.id(), seedUnits);
        assertThat(results.total()).isEqualTo(seedUnits + 1);
    }

    @Test
    void aReadOnlyIndexSeesTheHoldersAnnotationsOnceItHasSynced() throws Exception {
        annotate(ISLANDS, "Ask Tanaka", Optional.empty());
        try (LuceneLibraryIndex second = LuceneLibraryIndex.open(home.resolve("index"))) {
            SearchService reader = new SearchService(second, briefings,
                    new JsonAnnotationStore(LibraryPaths.under(home)));
            assertThat(reader.search("tanaka", Optional.empty(), 0, 5).total()).isZero();

            String before = index.committedGeneration().orElseThrow();
            search.sync(SyncListener.NONE);
            assertThat(index.committedGeneration()).as("annotation stamps are part of the generation")
                    .isNotEqualTo(Optional.of(before));
            reader.sync(SyncListener.NONE);
            assertThat(reader.search("tanaka", Optional.empty(), 0, 5).total()).isEqualTo(1);
        }
    }

    @Test
    void snippetRangesOfANoteHitAreOffsetsIntoTheNote() throws Exception {
        String note = "Long note. ".repeat(30) + "The Tanaka point comes late, after many words of filler text.";
        annotate(ISLANDS, note, Optional.empty());
        search.sync(SyncListener.NONE);

        SearchHit hit = find("tanaka").hits().get(0);

        TextRange match = hit.matches().get(0);
        assertThat(note.substring(match.start(), match.end())).isEqualTo("Tanaka");
        assertThat(hit.snippet().start()).isLessThanOrEqualTo(match.start());
        assertThat(hit.snippet().end()).isGreaterThanOrEqualTo(match.end());
        assertThat(hit.snippetText()).contains("Tanaka").hasSizeLessThan(note.length());
    }
}
