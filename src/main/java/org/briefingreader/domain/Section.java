package org.briefingreader.domain;

import java.util.List;
import java.util.Objects;

/** A headed part of a briefing's body, such as "The Big Picture", with its paragraphs in order. */
public record Section(String id, String heading, SectionKind kind, List<Paragraph> paragraphs) {
    public Section {
        Ids.requireUnitId(id);
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        paragraphs = List.copyOf(paragraphs);
    }
}
