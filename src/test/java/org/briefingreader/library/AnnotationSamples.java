package org.briefingreader.library;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;

/** Annotations for store tests: a plain one with a note, and one using every field. */
final class AnnotationSamples {
    static final String HASH = "sha256:" + "ab".repeat(32);
    static final Instant T0 = Instant.parse("2026-11-30T12:00:00.123456789Z");

    private AnnotationSamples() {
    }

    /** A commenting annotation on {@code briefingId}'s first lede paragraph, created {@code minutes} after T0. */
    static Annotation note(String briefingId, String note, int minutes) {
        Instant at = T0.plusSeconds(60L * minutes);
        AnnotationTarget target = new AnnotationTarget(briefingId, List.of("lede.p1"),
                new TextQuoteSelector("closer relations", "Japan wants ", " with Russia"),
                new TextPositionSelector(52, 68));
        return new Annotation(UUID.randomUUID(), at, at, Motivation.COMMENTING, target, Optional.of(note), List.of(),
                Optional.empty(), HASH, Anchoring.ANCHORED);
    }

    /** Every field set, with characters outside the BMP, Markdown, quotes, backslashes and tabs in the text. */
    static Annotation rich(String briefingId) {
        AnnotationTarget target = new AnnotationTarget(briefingId, List.of("the-history", "the-history.p1"),
                new TextQuoteSelector("Kuril 🗾 Islands \"dispute\"", "prefix with \\ backslash\t", "𝔰𝔲𝔣𝔣𝔦𝔵 — end"),
                new TextPositionSelector(1200, 1225));
        String markdown = "# Why it matters\n\n- **Tokyo** wants *access* 🛢️\n- `code` and [a link](https://x.org)\n\n"
                + "> quoted \"words\"\r\nand a second paragraph 👩🏽‍💻";
        return new Annotation(UUID.randomUUID(), T0, T0.plusSeconds(3600), Motivation.TAGGING, target,
                Optional.of(markdown), List.of("energy", "Kuril 🗾", "ÉTÉ"), Optional.of("key judgement"),
                "sha256:" + "cd".repeat(32), Anchoring.ORPHAN);
    }
}
