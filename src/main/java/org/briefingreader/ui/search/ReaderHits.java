package org.briefingreader.ui.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;
import org.briefingreader.domain.TextRange;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderDocument;
import org.briefingreader.ui.reader.ReaderPlace;
import org.briefingreader.ui.reader.SearchMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves and marks the reader for the search results. Every hit of the query in the briefing shown is marked
 * softly, as a browser's find does, while there are results; the current hit strongly, scrolled into view. A hit in
 * the briefing shown is reached by scrolling; one in another briefing by a jump that Back can undo. Escape puts the
 * reader back where it was before the first hit was shown and takes the marks away until the next hit or query.
 *
 * <p>The hits of the briefing shown come from the results when they are all there (a search of this briefing);
 * otherwise from a search of the same query in that briefing alone, off the FX thread, and only the answer for the
 * briefing still shown and the query still listed is painted.
 */
public final class ReaderHits implements HitNavigator {
    /** Most hits marked in one briefing: more than any briefing has of one query in practice. */
    static final int MOST_MARKED = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReaderHits.class);

    private final SearchParts parts;
    private final BriefingViewModel reader;
    private final SearchViewModel search;
    private final BiPredicate<String, Optional<String>> openPlace;
    /** Where reading was before the first hit was shown; null when no hit is shown. */
    private ReaderPlace readingPlace;
    /** False after Escape, until a hit is shown or another query answered. */
    private boolean marking = true;
    private List<TextRange> soft = List.of();
    private long asked;

    /**
     * Becomes {@code search}'s navigator.
     *
     * @param openPlace the window's jump to a briefing, scrolled to a unit when given
     */
    public ReaderHits(SearchParts parts, BriefingViewModel reader, SearchViewModel search,
            BiPredicate<String, Optional<String>> openPlace) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.search = Objects.requireNonNull(search, "search");
        this.openPlace = Objects.requireNonNull(openPlace, "openPlace");
        search.setNavigator(this);
        search.shownProperty().addListener((obs, old, shown) -> {
            marking = true;
            markShownBriefing();
        });
        // After the briefing is laid out and scrolled to the place asked for, so the current hit is revealed from there.
        reader.documentProperty().addListener((obs, old, document) ->
                parts.scheduler().schedule(Duration.ZERO, this::markShownBriefing));
    }

    @Override
    public void show(SearchHit hit) {
        Optional<String> unit = hit.unitId().isEmpty() ? Optional.empty() : Optional.of(hit.unitId());
        rememberReadingPlace();
        marking = true;
        if (hit.briefingId().equals(reader.briefingIdProperty().get())) {
            // The view scrolls to a marked hit itself; a hit with nothing to mark (a note) brings its unit to the top.
            if (current().isEmpty()) {
                unit.ifPresent(reader::restorePosition);
            }
            paint();
        } else {
            openPlace.test(hit.briefingId(), unit);
        }
    }

    @Override
    public void open(String briefingId, Optional<String> unitId) {
        rememberReadingPlace();
        if (briefingId.equals(reader.briefingIdProperty().get())) {
            unitId.ifPresent(reader::restorePosition);
        } else {
            openPlace.test(briefingId, unitId);
        }
    }

    @Override
    public void returnToReading() {
        marking = false;
        reader.showSearchMarks(SearchMarks.NONE);
        ReaderPlace back = readingPlace;
        readingPlace = null;
        if (back == null) {
            return;
        }
        if (back.briefingId().equals(reader.briefingIdProperty().get())) {
            back.unitId().ifPresent(reader::restorePosition);
        } else {
            openPlace.test(back.briefingId(), back.unitId());
        }
    }

    /** Before the first hit moves the reader (the marks' scrolling moves the reading position too). */
    private void rememberReadingPlace() {
        if (readingPlace == null) {
            readingPlace = reader.position().place().orElse(null);
        }
    }

    private void markShownBriefing() {
        long sequence = ++asked;
        soft = List.of();
        ReaderDocument document = reader.documentProperty().get();
        Optional<SearchOutcome> shown = search.shownProperty().get();
        if (!marking || shown.isEmpty() || document.units().isEmpty()) {
            reader.showSearchMarks(SearchMarks.NONE);
            return;
        }
        SearchOutcome outcome = shown.get();
        if (outcome.request().briefingId().filter(document.briefingId()::equals).isPresent()
                && outcome.results().total() == outcome.results().hits().size()) {
            soft = ranges(document, outcome.results().hits());
            paint();
            return;
        }
        paint();
        parts.runner().run("mark the hits in " + document.briefingId(),
                () -> parts.access().open().search(outcome.answered(), Optional.of(document.briefingId()),
                        outcome.request().kind(), 0, MOST_MARKED),
                (SearchResults results) -> {
                    if (sequence == asked) {
                        soft = ranges(document, results.hits());
                        paint();
                    }
                },
                // Marks are a help to the eye; the results list already says when searching fails.
                error -> LOG.debug("Could not mark the hits in {}: {}", document.briefingId(), error.toString()));
    }

    private void paint() {
        reader.showSearchMarks(marking ? new SearchMarks(soft, current()) : SearchMarks.NONE);
    }

    /** The current hit's first matched word, when the current hit is in the briefing shown. */
    private Optional<TextRange> current() {
        ReaderDocument document = reader.documentProperty().get();
        return search.currentHit().filter(hit -> hit.briefingId().equals(document.briefingId()))
                .flatMap(hit -> ranges(document, List.of(hit)).stream().findFirst());
    }

    /**
     * The matched words of the units' hits as offsets in the document's text. A hit whose text is not the unit's
     * text (the index not yet in step with a changed briefing) and hits in notes mark nothing.
     */
    static List<TextRange> ranges(ReaderDocument document, List<SearchHit> hits) {
        List<TextRange> ranges = new ArrayList<>();
        for (SearchHit hit : hits) {
            if (hit.annotation().isPresent() || hit.in() != SearchHit.MatchIn.TEXT) {
                continue;
            }
            Optional<Integer> start = document.startOf(hit.unitId())
                    .filter(at -> document.unit(hit.unitId()).map(u -> u.text().equals(hit.text())).orElse(false));
            start.ifPresent(at -> hit.matches().forEach(m -> ranges.add(new TextRange(at + m.start(), at + m.end()))));
        }
        return ranges;
    }
}
