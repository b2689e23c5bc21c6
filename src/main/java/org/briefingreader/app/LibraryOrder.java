package org.briefingreader.app;

import java.time.Instant;
import java.util.Comparator;
import org.briefingreader.domain.Briefing;

/** The order a library is shown in: newest publication first, undated last, ties by title then id. */
final class LibraryOrder {
    static final Comparator<Briefing> NEWEST_FIRST = Comparator
            .comparing((Briefing b) -> b.published().map(p -> p.toInstant()).orElse(Instant.MIN),
                    Comparator.reverseOrder())
            .thenComparing(Briefing::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Briefing::id);

    private LibraryOrder() {
    }
}
