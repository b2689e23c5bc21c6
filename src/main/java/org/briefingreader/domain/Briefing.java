package org.briefingreader.domain;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A briefing as structured sections: metadata, captions, summary bullets, lede and headed sections.
 *
 * <p>Immutable; collections are copied and never null; absent single values are {@link Optional}.
 *
 * @param id               file-name-safe identity ({@code [a-z0-9-]}), from the title and date or the file name
 * @param title            the headline
 * @param subtitle         the standfirst under the headline, if any
 * @param source           publisher or site name, if known
 * @param published        publication time with its zone, if known
 * @param readTime         the publisher's reading-time estimate, if given
 * @param byline           author(s), if given
 * @param captions         photo captions, in order
 * @param summary          summary bullets, in order
 * @param lede             the opening paragraphs before the first heading
 * @param sections         the headed sections, in order
 * @param originalFileName the name of the file it was imported from
 * @param contentHash      {@code sha256:<hex>} of the imported bytes; equal hashes mean a re-import is a no-op
 * @param copyright        the copyright line the source carried, if any
 */
public record Briefing(
        String id,
        String title,
        Optional<String> subtitle,
        Optional<String> source,
        Optional<ZonedDateTime> published,
        Optional<Duration> readTime,
        Optional<String> byline,
        List<Paragraph> captions,
        List<Paragraph> summary,
        List<Paragraph> lede,
        List<Section> sections,
        String originalFileName,
        String contentHash,
        Optional<String> copyright) {

    public Briefing {
        Ids.requireBriefingId(id);
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("briefing " + id + " has no title");
        }
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(readTime, "readTime");
        Objects.requireNonNull(byline, "byline");
        captions = List.copyOf(captions);
        summary = List.copyOf(summary);
        lede = List.copyOf(lede);
        sections = List.copyOf(sections);
        Objects.requireNonNull(originalFileName, "originalFileName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(copyright, "copyright");
        requireUniqueUnitIds(id, captions, summary, lede, sections);
    }

    /** This briefing as imported from a file of another name (same content, same identity). */
    public Briefing withOriginalFileName(String fileName) {
        return new Briefing(id, title, subtitle, source, published, readTime, byline, captions, summary, lede,
                sections, fileName, contentHash, copyright);
    }

    /** Every text unit in reading order: captions, summary, lede, then each section's paragraphs. */
    public List<Paragraph> allUnits() {
        List<Paragraph> all = new ArrayList<>(captions);
        all.addAll(summary);
        all.addAll(lede);
        for (Section section : sections) {
            all.addAll(section.paragraphs());
        }
        return all;
    }

    /** The unit with this id, wherever it sits. */
    public Optional<Paragraph> unit(String unitId) {
        return allUnits().stream().filter(p -> p.id().equals(unitId)).findFirst();
    }

    /** The section with this id. */
    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** Number of paragraphs in the body (lede and sections), for listings. */
    public int bodyParagraphCount() {
        return lede.size() + sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }

    private static void requireUniqueUnitIds(String id, List<Paragraph> captions, List<Paragraph> summary,
            List<Paragraph> lede, List<Section> sections) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Paragraph> units = new ArrayList<>(captions);
        units.addAll(summary);
        units.addAll(lede);
        for (Section section : sections) {
            if (!seen.add(section.id())) {
                throw new IllegalArgumentException("briefing " + id + " has two sections with id " + section.id());
            }
            units.addAll(section.paragraphs());
        }
        for (Paragraph unit : units) {
            if (!seen.add(unit.id())) {
                throw new IllegalArgumentException("briefing " + id + " has two text units with id " + unit.id());
            }
        }
    }
}
