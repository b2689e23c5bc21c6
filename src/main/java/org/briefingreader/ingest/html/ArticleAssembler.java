package org.briefingreader.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.domain.Text;

/**
 * Cuts an article's blocks into captions, lede and headed sections, with the ids the text importer gives.
 *
 * <p>Section headings are {@code h1}-{@code h3}; an article that has none of those but has {@code h4}-{@code h6}
 * takes those as its section headings instead. Any other heading (an {@code h4} under {@code h2}s) stays in
 * the body as a paragraph of its own, so its words are kept and it still reads as a sub-heading. A heading
 * equal to the title (the page's own headline repeated in the article), or to the title's start before a
 * separator and the site's name, is dropped. Blocks before the first
 * section heading are the lede. A section left with no paragraphs at the very end (a stray "Related" heading)
 * is dropped; one in the middle is kept, since its heading still structures the text. List items keep their
 * mark; figure captions become the briefing's captions ({@code caption.1}, ...).
 */
final class ArticleAssembler {
    /** What the body of a briefing is made of. */
    record Body(List<Paragraph> captions, List<Paragraph> lede, List<Section> sections) {
        Body {
            captions = List.copyOf(captions);
            lede = List.copyOf(lede);
            sections = List.copyOf(sections);
        }

        boolean hasText() {
            return !lede.isEmpty() || sections.stream().anyMatch(s -> !s.paragraphs().isEmpty());
        }
    }

    private static final int DEEPEST_SECTION_LEVEL = 3;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s*[|\\-\u2013\u2014:\u00b7\u2022]\\s");

    private final SectionKindTable kinds;

    ArticleAssembler(SectionKindTable kinds) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    Body assemble(List<ArticleBlock> blocks, String title) {
        String titleKey = key(title);
        int deepest = blocks.stream().anyMatch(b -> isHeading(b) && b.level() <= DEEPEST_SECTION_LEVEL)
                ? DEEPEST_SECTION_LEVEL : 6;
        List<Paragraph> captions = new ArrayList<>();
        List<Paragraph> lede = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Set<String> usedIds = new HashSet<>(Set.of("lede", "summary", "caption"));
        String heading = null;
        String sectionId = "lede";
        List<Paragraph> paragraphs = lede;
        for (ArticleBlock block : blocks) {
            if (isHeading(block) && isTitle(block.text(), title, titleKey)) {
                continue;
            }
            if (isHeading(block) && block.level() <= deepest) {
                if (heading != null) {
                    sections.add(new Section(sectionId, heading, kinds.classify(heading), paragraphs));
                }
                heading = block.text();
                sectionId = uniqueId(heading, sections.size() + 1, usedIds);
                paragraphs = new ArrayList<>();
                continue;
            }
            String id = sectionId + ".p" + (paragraphs.size() + 1);
            switch (block.kind()) {
                case CAPTION -> captions.add(new Paragraph("caption." + (captions.size() + 1), block.text()));
                case LIST_ITEM -> paragraphs.add(Paragraph.listItem(id, block.text(), block.mark().orElseThrow()));
                case HEADING, PARAGRAPH -> paragraphs.add(new Paragraph(id, block.text()));
            }
        }
        if (heading != null && !paragraphs.isEmpty()) {
            sections.add(new Section(sectionId, heading, kinds.classify(heading), paragraphs));
        }
        return new Body(captions, lede, sections);
    }

    private static boolean isHeading(ArticleBlock block) {
        return block.kind() == ArticleBlock.Kind.HEADING;
    }

    /**
     * The page's headline: the title's words, or the title's start when the title goes on after a separator
     * with the site's name ({@code "Why Neon Matters - CityLab"}).
     */
    private static boolean isTitle(String heading, String title, String titleKey) {
        String key = key(heading);
        if (key.equals(titleKey)) {
            return true;
        }
        String plain = Text.normaliseSpace(heading);
        return title.startsWith(plain) && title.length() > plain.length()
                && TITLE_SEPARATOR.matcher(title.substring(plain.length())).lookingAt();
    }

    /** Headings compare to the title by their words, ignoring case, spacing and punctuation. */
    private static String key(String text) {
        return Text.normaliseSpace(text.replaceAll("[^\\p{L}\\p{N}]+", " ")).toLowerCase(Locale.ROOT);
    }

    private static String uniqueId(String heading, int position, Set<String> usedIds) {
        String slug = Ids.slug(heading, 60);
        String base = slug.isEmpty() ? "section-" + position : slug;
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
