package org.briefingreader.domain.state;

import java.util.Objects;

/**
 * The unit (section or paragraph id) a reader last had in view in one briefing.
 *
 * @param briefingId the briefing's id
 * @param unitId     the section or paragraph id the view scrolls back to
 */
public record ReadingPosition(String briefingId, String unitId) {
    public ReadingPosition {
        requireNonBlank(briefingId, "briefingId");
        requireNonBlank(unitId, "unitId");
    }

    static String requireNonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
