package org.briefingreader.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKindTable;

/**
 * Cuts a body (the blocks after the summary, footer removed) into the lede and headed sections, with ids.
 *
 * <p>{@code ["Opening.", "The Big Picture", "Text one.", "Text two."]} gives lede {@code [lede.p1 "Opening."]}
 * and a section {@code the-big-picture} (kind from the {@link SectionKindTable}) with {@code the-big-picture.p1}
 * and {@code the-big-picture.p2}. A section id is the slug of its heading; a repeated one gets {@code -2},
 * {@code -3}...; a heading with no usable letters gets {@code section-N} (N its position). The ids "lede",
 * "summary" and "caption" are never given to a section, so its paragraph ids cannot clash with those units.
 * List items in the body stay paragraphs of their own with their marker ("- item"), so the list still reads
 * as one.
 */
final class BodyAssembler {
    /** The lede and the sections of a body. */
    record Body(List<Paragraph> lede, List<Section> sections) {
        Body {
            lede = List.copyOf(lede);
            sections = List.copyOf(sections);
        }
    }

    private final SectionKindTable kinds;
    private final HeadingDetector headings;

    BodyAssembler(SectionKindTable kinds, HeadingDetector headings) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.headings = Objects.requireNonNull(headings, "headings");
    }

    Body assemble(List<TextBlock> blocks) {
        List<Paragraph> lede = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Set<String> usedIds = new HashSet<>(Set.of("lede", "summary", "caption"));
        String heading = null;
        String sectionId = null;
        List<Paragraph> paragraphs = lede;
        String prefix = "lede";
        for (int i = 0; i < blocks.size(); i++) {
            if (headings.isHeading(blocks, i)) {
                if (heading != null) {
                    sections.add(new Section(sectionId, heading, kinds.classify(heading), paragraphs));
                }
                heading = blocks.get(i).text();
                sectionId = uniqueId(heading, sections.size() + 1, usedIds);
                paragraphs = new ArrayList<>();
                prefix = sectionId;
                continue;
            }
            for (String text : blocks.get(i).paragraphs(false)) {
                paragraphs.add(new Paragraph(prefix + ".p" + (paragraphs.size() + 1), text));
            }
        }
        if (heading != null) {
            sections.add(new Section(sectionId, heading, kinds.classify(heading), paragraphs));
        }
        return new Body(lede, sections);
    }

    private static String uniqueId(String heading, int position, Set<String> usedIds) {
        String slug = Ids.slug(heading);
        String base = slug.isEmpty() ? "section-" + position : slug;
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
