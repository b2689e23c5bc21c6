package org.briefingreader.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a correct import of one document gives, as far as it is known; an absent part is not scored.
 *
 * @param title    the headline; empty when the document has none (a Readability page without a title: not scored)
 * @param date     the publication day; empty means the document is known to carry none (scored: none found is right)
 * @param headings the section headings in order; empty when unknown (not scored)
 * @param body     the article's text; empty when unknown (not scored)
 * @param origin   where these values come from, for the detail file (e.g. "expected-metadata.json + expected.html")
 */
public record Expected(Optional<String> title, Optional<ExpectedDate> date, Optional<List<String>> headings,
        Optional<String> body, String origin) {
    public Expected {
        title = title.filter(t -> !t.isBlank());
        Objects.requireNonNull(date, "date");
        headings = headings.map(List::copyOf);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
    }
}
