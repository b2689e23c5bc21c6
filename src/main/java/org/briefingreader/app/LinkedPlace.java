package org.briefingreader.app;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.TextRange;

/**
 * Where a reader link leads, resolved against the library: the briefing, the unit to bring to the top, the
 * passage to select (UTF-16 offsets in the briefing's canonical text), and what could not be found.
 *
 * @param problem one plain sentence for the status bar when the link could be followed only in part
 */
public record LinkedPlace(String briefingId, Optional<String> unitId, Optional<TextRange> passage,
        Optional<String> problem) {
    public LinkedPlace {
        Ids.requireBriefingId(briefingId);
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(problem, "problem");
    }

    /** The briefing only, wherever it was last read. */
    public static LinkedPlace briefing(String briefingId) {
        return new LinkedPlace(briefingId, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
