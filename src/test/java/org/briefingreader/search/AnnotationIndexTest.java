package org.briefingreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefingreader.search.SearchFixtures.briefing;
import static org.briefingreader.search.SearchFixtures.query;
import static org.briefingreader.search.SearchFixtures.section;
import static org.briefingreader.search.SearchFixtures.word;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchQuery;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.query.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotation documents beside unit documents: kept apart when either changes, counted with them wherever they sit. */
class AnnotationIndexTest {
    private static final Briefing ALPHA = briefing("alpha", "Alpha", Optional.empty(), "Ice on the strait.",
            List.of(section("outlook", "Outlook", SectionKind.OUTLOOK, "Ice again.", "More ice.")));
    private static final Briefing BETA = briefing("beta", "Beta", Optional.empty(), "Warm water.", List.of());

    @TempDir
    Path dir;

    /** A note on the first occurrence of {@code quote} in the briefing's canonical text. */
    private static Annotation note(Briefing briefing, String quote, String note, String... tags) {
        String text = CanonicalText.of(briefing).text();
        int start = text.indexOf(quote);
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Annotation(UUID.randomUUID(), now, now, Motivation.COMMENTING,
                CanonicalText.of(briefing).target(briefing.id(), start, start + quote.length()), Optional.of(note),
                List.of(tags), Optional.empty(), briefing.contentHash(), Anchoring.ANCHORED);
    }

    private static SearchQuery typed(String text) {
        return new SearchQuery(text, QueryParser.parse(text), Optional.empty(), 0, 100);
    }

    @Test
    void annotationsAddedWithTheirBriefingInOneSegmentAreCountedWithIt() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(ALPHA, "1");
            index.putAnnotations("alpha", Optional.of(ALPHA), List.of(note(ALPHA, "Ice again.", "more ice later")),
                    "n1");
            index.commit("one");

            SearchResults results = index.search(query(word("ice")));

            assertThat(results.total()).isEqualTo(4);
            assertThat(results.countsByBriefing()).isEqualTo(Map.of("alpha", 4L));
            assertThat(results.briefingsMatched()).isEqualTo(1);
            assertThat(results.countsByKind()).isEqualTo(Map.of(SectionKind.OUTLOOK, 3L));
        }
    }

    @Test
    void aReplacedBriefingKeepsItsAnnotationsAndTheirCountJoinsItsNewSegment() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(ALPHA, "1");
            index.put(BETA, "1");
            index.commit("one");
            index.putAnnotations("alpha", Optional.of(ALPHA), List.of(note(ALPHA, "strait", "ice cold")), "n1");
            index.putAnnotations("beta", Optional.of(BETA), List.of(note(BETA, "Warm", "no ice at all")), "n1");
            index.commit("two");
            // The old segment still names alpha, for its deleted units; only the new one holds live hits.
            index.put(briefing("alpha", "Alpha", Optional.empty(), "Ice only here.", List.of()), "2");
            index.commit("three");

            SearchResults results = index.search(query(word("ice")));

            assertThat(results.countsByBriefing()).isEqualTo(Map.of("alpha", 2L, "beta", 1L));
            assertThat(results.briefingsMatched()).isEqualTo(2);
            assertThat(results.total()).isEqualTo(3);
            assertThat(index.indexedAnnotationStamps()).isEqualTo(Map.of("alpha", "n1", "beta", "n1"));
            assertThat(index.indexedStamps()).isEqualTo(Map.of("alpha", "2", "beta", "1"));
        }
    }

    @Test
    void unitsAndAnnotationsAreRemovedApart() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(ALPHA, "1");
            index.putAnnotations("alpha", Optional.of(ALPHA), List.of(note(ALPHA, "strait", "check the ferry")), "n1");
            index.commit("one");

            index.remove("alpha");
            index.commit("two");
            assertThat(index.search(query(word("strait"))).total()).isZero();
            assertThat(index.search(query(word("ferry"))).total()).isEqualTo(1);

            index.put(ALPHA, "1");
            index.removeAnnotations("alpha");
            index.commit("three");
            assertThat(index.search(query(word("ferry"))).total()).isZero();
            assertThat(index.search(query(word("strait"))).total()).isEqualTo(1);
            assertThat(index.indexedAnnotationStamps()).isEmpty();
        }
    }

    @Test
    void putAnnotationsReplacesAllOfThatBriefingsAnnotationsAndNoOthers() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            Annotation first = note(ALPHA, "strait", "ferry times");
            index.putAnnotations("alpha", Optional.of(ALPHA), List.of(first, note(ALPHA, "More ice", "ferry fares")),
                    "n1");
            index.putAnnotations("beta", Optional.of(BETA), List.of(note(BETA, "Warm", "ferry to beta")), "n1");
            index.commit("one");
            assertThat(index.search(query(word("ferry"))).total()).isEqualTo(3);

            index.putAnnotations("alpha", Optional.of(ALPHA), List.of(first), "n2");
            index.commit("two");

            List<SearchHit> hits = index.search(query(word("ferry"))).hits();
            assertThat(hits).extracting(SearchHit::text).containsExactlyInAnyOrder("ferry times", "ferry to beta");
            assertThat(index.indexedAnnotationStamps()).isEqualTo(Map.of("alpha", "n2", "beta", "n1"));
        }
    }

    @Test
    void annotationsOfAnotherBriefingAreRefused() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            Annotation ofBeta = note(BETA, "Warm", "x");
            assertThatThrownBy(() -> index.putAnnotations("alpha", Optional.of(ALPHA), List.of(ofBeta), "n"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta");
            assertThatThrownBy(() -> index.putAnnotations("alpha", Optional.of(BETA), List.of(), "n"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPassageStartingInAHeadingOrTheTitleTakesThatPlace() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.putAnnotations("alpha", Optional.of(ALPHA), List.of(note(ALPHA, "Alpha", "about the title"),
                    note(ALPHA, "Outlook\n\nIce again", "heading and paragraph")), "n1");
            index.commit("one");

            SearchHit title = index.search(typed("note:title")).hits().get(0);
            SearchHit heading = index.search(typed("note:heading")).hits().get(0);

            assertThat(title.unitId()).isEqualTo("title");
            assertThat(title.position()).isZero();
            assertThat(title.kind()).isEmpty();
            assertThat(heading.unitId()).isEqualTo("outlook");
            assertThat(heading.kind()).contains(SectionKind.OUTLOOK);
            assertThat(heading.heading()).contains("Outlook");
        }
    }

    @Test
    void aLibraryWithoutAnnotationsAnswersAnnotationScopesWithNothing() throws IOException {
        try (LuceneLibraryIndex index = LuceneLibraryIndex.open(dir)) {
            index.put(ALPHA, "1");
            index.commit("one");

            assertThat(index.search(typed("tag:ice")).total()).isZero();
            assertThat(index.search(typed("-tag:ice")).total()).isZero();
            assertThat(index.search(typed("note:ice")).total()).isZero();
            assertThat(index.search(typed("ice")).total()).isEqualTo(3);
        }
    }
}
