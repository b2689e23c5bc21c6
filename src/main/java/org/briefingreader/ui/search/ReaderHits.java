package org.briefingreader.ui.search;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderPlace;

/**
 * Moves the reader for the search results: to a hit (in the briefing shown, by scrolling; in another, by a jump that
 * Back can undo), and, on Escape, back to where reading was before the first hit was shown.
 */
public final class ReaderHits implements HitNavigator {
    private final BriefingViewModel reader;
    private final BiPredicate<String, Optional<String>> openPlace;
    /** Where reading was before the first hit was shown; null when no hit is shown. */
    private ReaderPlace readingPlace;

    /** @param openPlace the window's jump to a briefing, scrolled to a unit when given */
    public ReaderHits(BriefingViewModel reader, BiPredicate<String, Optional<String>> openPlace) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.openPlace = Objects.requireNonNull(openPlace, "openPlace");
    }

    @Override
    public void show(SearchHit hit) {
        open(hit.briefingId(), hit.unitId().isEmpty() ? Optional.empty() : Optional.of(hit.unitId()));
    }

    @Override
    public void open(String briefingId, Optional<String> unitId) {
        if (readingPlace == null) {
            readingPlace = reader.position().place().orElse(null);
        }
        if (briefingId.equals(reader.briefingIdProperty().get())) {
            unitId.ifPresent(reader::restorePosition);
        } else {
            openPlace.test(briefingId, unitId);
        }
    }

    @Override
    public void returnToReading() {
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
}
