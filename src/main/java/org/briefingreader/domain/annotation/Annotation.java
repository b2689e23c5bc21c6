package org.briefingreader.domain.annotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One annotation, after the W3C Web Annotation Data Model: a passage of a briefing (the target) with an optional
 * note, tags and category (the body).
 *
 * @param id          a random UUID ({@code urn:uuid:} in JSON-LD)
 * @param created     when it was made
 * @param modified    when its body or target last changed
 * @param motivation  why it was made
 * @param target      the passage
 * @param note        a Markdown note, if any (never blank)
 * @param tags        tags in the order given, trimmed, without blanks or case-insensitive repeats
 * @param category    the category name, if any
 * @param anchoredTo  the content hash of the briefing version the target's position refers to
 * @param anchoring   whether the passage is placed or an orphan
 */
public record Annotation(UUID id, Instant created, Instant modified, Motivation motivation,
        AnnotationTarget target, Optional<String> note, List<String> tags, Optional<String> category,
        String anchoredTo, Anchoring anchoring) {
    public static final int MAX_TAG_LENGTH = 60;

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(motivation, "motivation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(note, "note");
        note = note.filter(n -> !n.isBlank());
        tags = cleanTags(tags);
        Objects.requireNonNull(category, "category");
        category = category.map(String::strip).filter(c -> !c.isEmpty());
        Objects.requireNonNull(anchoredTo, "anchoredTo");
        Objects.requireNonNull(anchoring, "anchoring");
        if (modified.isBefore(created)) {
            throw new IllegalArgumentException("annotation " + id + " modified before it was created");
        }
    }

    /** Trimmed, blanks dropped, repeats (ignoring case) dropped, first spelling kept. */
    public static List<String> cleanTags(List<String> tags) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String tag : tags) {
            String clean = FoldedText.fold(Objects.requireNonNull(tag, "tag"));
            if (clean.length() > MAX_TAG_LENGTH) {
                throw new IllegalArgumentException("a tag has at most " + MAX_TAG_LENGTH + " characters: '"
                        + clean + "'");
            }
            if (!clean.isEmpty()) {
                kept.putIfAbsent(clean.toLowerCase(java.util.Locale.ROOT), clean);
            }
        }
        return List.copyOf(new ArrayList<>(kept.values()));
    }

    public String briefingId() {
        return target.briefingId();
    }

    public boolean isOrphan() {
        return anchoring == Anchoring.ORPHAN;
    }

    /** The same annotation with a new body, modified at {@code now}. */
    public Annotation withBody(Optional<String> newNote, List<String> newTags, Optional<String> newCategory,
            Instant now) {
        return new Annotation(id, created, now, motivation, target, newNote, newTags, newCategory, anchoredTo,
                anchoring);
    }

    /** The same annotation placed again (or orphaned) against briefing version {@code contentHash}. */
    public Annotation withTarget(AnnotationTarget newTarget, String contentHash, Anchoring newAnchoring) {
        return new Annotation(id, created, modified, motivation, newTarget, note, tags, category, contentHash,
                newAnchoring);
    }
}
