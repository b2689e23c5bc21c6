package org.briefingreader.ui.reader;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Ids;

/**
 * A place to come back to: a briefing and, when known, the unit that was at the top of the pane.
 *
 * @param briefingId a valid briefing id
 * @param unitId     the unit at the top of the pane; empty for "wherever the briefing was last read"
 */
public record ReaderPlace(String briefingId, Optional<String> unitId) {
    public ReaderPlace {
        Ids.requireBriefingId(briefingId);
        Objects.requireNonNull(unitId, "unitId");
        unitId = unitId.filter(id -> !id.isBlank());
    }

    public static ReaderPlace of(String briefingId, String unitId) {
        return new ReaderPlace(briefingId, Optional.ofNullable(unitId));
    }
}
