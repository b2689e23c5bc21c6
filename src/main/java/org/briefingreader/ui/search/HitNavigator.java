package org.briefingreader.ui.search;

import java.util.Optional;
import org.briefingreader.domain.SearchHit;

/** How the search results move the reader: to a hit, and back to where reading was before the first one. */
public interface HitNavigator {
    /** Does nothing: for a search model with no reader beside it. */
    HitNavigator NONE = new HitNavigator() {
        @Override
        public void show(SearchHit hit) {
        }

        @Override
        public void open(String briefingId, Optional<String> unitId) {
        }

        @Override
        public void returnToReading() {
        }
    };

    /** Shows {@code hit} in the reader, scrolled to and marked as the current hit. */
    void show(SearchHit hit);

    /** Shows a briefing, at unit {@code unitId} when given (a heading or title chosen from the completions). */
    void open(String briefingId, Optional<String> unitId);

    /** Puts the reader back where it was before the first hit was shown, and takes the current mark away. */
    void returnToReading();
}
