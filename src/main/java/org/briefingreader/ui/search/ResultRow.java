package org.briefingreader.ui.search;

import java.util.Objects;
import org.briefingreader.domain.SearchHit;

/**
 * One line of the results list: a briefing's title (library scope only), a section's heading, or a hit under them.
 * The list is the grouped results flattened, so a plain list view can show it.
 */
public sealed interface ResultRow {
    /** A briefing with hits, and how many of its hits the list shows. */
    record BriefingRow(String briefingId, String title, int shown) implements ResultRow {
        public BriefingRow {
            Objects.requireNonNull(briefingId, "briefingId");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A section heading; the part of a briefing before its first section is headed by its place name. */
    record SectionRow(String heading) implements ResultRow {
        public SectionRow {
            Objects.requireNonNull(heading, "heading");
        }
    }

    /** After the hits listed, when there are more: asks for the next {@code next} of them. */
    record MoreRow(int next) implements ResultRow {
        public MoreRow {
            if (next < 1) {
                throw new IllegalArgumentException("nothing more to show: " + next);
            }
        }
    }

    /** A hit: {@code index} is its place in the walk of F3 / Shift+F3. */
    record HitRow(SearchHit hit, int index) implements ResultRow {
        public HitRow {
            Objects.requireNonNull(hit, "hit");
        }
    }
}
