package org.briefingreader.ui.reader;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the reader was in each briefing: the id of the unit at the top of the pane, by briefing id.
 *
 * <p>The reader calls {@link #remember} on the FX thread whenever the top unit changes, so an implementation must
 * be cheap (in memory; saving to disk is the composition root's business, off the FX thread).
 */
public interface PositionMemory {
    /** The unit to show when {@code briefingId} is shown again; empty when it was never read. */
    Optional<String> positionIn(String briefingId);

    /** {@code unitId} is now at the top of the pane showing {@code briefingId}. */
    void remember(String briefingId, String unitId);

    /** A memory that lasts as long as the window: the default. */
    static PositionMemory inMemory() {
        Map<String, String> positions = new HashMap<>();
        return new PositionMemory() {
            @Override
            public Optional<String> positionIn(String briefingId) {
                return Optional.ofNullable(positions.get(briefingId));
            }

            @Override
            public void remember(String briefingId, String unitId) {
                positions.put(Objects.requireNonNull(briefingId, "briefingId"),
                        Objects.requireNonNull(unitId, "unitId"));
            }
        };
    }
}
