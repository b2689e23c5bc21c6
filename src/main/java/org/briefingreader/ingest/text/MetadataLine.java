package org.briefingreader.ingest.text;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a header line under a title says about the piece: reading time, publication time, byline.
 *
 * @param readTime  the publisher's reading-time estimate ("7 MINS READ")
 * @param published the publication date and time with its zone (start of the day, UTC, when only a date is given)
 * @param byline    the author(s) after "By", without it
 * @param warnings  doubts met while reading the line, e.g. an unknown time-zone abbreviation
 */
public record MetadataLine(Optional<Duration> readTime, Optional<ZonedDateTime> published, Optional<String> byline,
        List<String> warnings) {
    public MetadataLine {
        Objects.requireNonNull(readTime, "readTime");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(byline, "byline");
        warnings = List.copyOf(warnings);
    }

    /** A line that says nothing. */
    public static MetadataLine none() {
        return new MetadataLine(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** This line's values, each completed from {@code later} where this one has none (the first mention wins). */
    public MetadataLine merge(MetadataLine later) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(later.warnings);
        return new MetadataLine(readTime.or(later::readTime), published.or(later::published),
                byline.or(later::byline), all);
    }
}
