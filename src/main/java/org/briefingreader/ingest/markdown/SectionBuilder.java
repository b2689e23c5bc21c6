package org.briefingreader.ingest.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.text.HeadingDetector;
import org.briefingreader.ingest.text.TextBlock;

/**
 * Cuts an article's cleaned blocks into the lede and headed sections, with ids.
 *
 * <p>Headings: Markdown headings of the three shallowest levels the document uses become sections (a document
 * with {@code ##} and {@code ###} gets both as sections, flat, in order); deeper ones become a paragraph of
 * their own. When asked ({@code plainHeadings}), one-line paragraphs are headings too where the text importer's
 * {@link HeadingDetector} says so within each run of text between Markdown headings, unless {@code doubtful}
 * says the line is something else; and a paragraph of at most 200 characters (one line, or a heading broken
 * over two) is a heading when it is an entry of the document's Contents list, compared by letters and digits
 * only, an ordinal suffix such as "119th" read as "119", and an entry "Topic: Question?" also matching a line
 * "Question?".
 *
 * <p>Paragraphs before the first heading are the lede ({@code lede.p1}...); a section's are
 * {@code <section-id>.p1}...; list items keep their {@link org.briefingreader.domain.ListMark}. Section ids are
 * the slug of the heading, made unique with {@code -2}, {@code -3}; "lede", "summary" and "caption" are never
 * used.
 */
final class SectionBuilder {
    private static final int SECTION_LEVELS = 3;
    /** A Contents entry is a heading, not a paragraph: longer text is never matched against it. */
    private static final int MAX_ENTRY = 200;
    private static final Pattern CAPTION = Pattern.compile(
            "^(?i:table|figure|fig\\.|chart|map|exhibit)\\s+[\\p{N}A-Z]+(?:-\\d+)?[.:]");
    private static final Pattern CITATION = Pattern.compile(",\\s+by\\s+\\p{Lu}");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");

    /** The lede and the sections of a body. */
    record Body(List<Paragraph> lede, List<Section> sections) {
        Body {
            lede = List.copyOf(lede);
            sections = List.copyOf(sections);
        }
    }

    private final SectionKindTable kinds;
    private final HeadingDetector detector = new HeadingDetector();

    SectionBuilder(SectionKindTable kinds) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    /** Lede and sections of {@code blocks}; plain-line headings found when {@code plainHeadings}. */
    Body build(List<Block> blocks, boolean plainHeadings, List<String> contents) {
        Set<String> entries = new HashSet<>();
        for (String entry : contents) {
            entries.add(matchKey(entry));
            int colon = entry.lastIndexOf(": ");
            if (colon > 0) {
                entries.add(matchKey(entry.substring(colon + 2)));
            }
        }
        entries.remove("");
        boolean[] plain = plainHeadings ? plainHeadingFlags(blocks, entries) : new boolean[blocks.size()];
        Set<Integer> levels = new TreeSet<>();
        blocks.stream().filter(Block::isHeading).forEach(b -> levels.add(b.level()));
        int deepestSectionLevel = levels.stream().limit(SECTION_LEVELS).reduce((a, b) -> b).orElse(0);

        Assembler out = new Assembler();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isHeading() && block.level() <= deepestSectionLevel || plain[i]) {
                out.startSection(block.text());
            } else {
                out.add(block);
            }
        }
        return out.finish();
    }

    /** Which blocks are plain-line headings: judged run by run between Markdown headings. */
    private boolean[] plainHeadingFlags(List<Block> blocks, Set<String> entries) {
        boolean[] flags = new boolean[blocks.size()];
        int start = 0;
        while (start < blocks.size()) {
            int end = start;
            while (end < blocks.size() && !blocks.get(end).isHeading()) {
                end++;
            }
            List<TextBlock> run = new ArrayList<>();
            for (int i = start; i < end; i++) {
                run.add(textBlock(blocks.get(i)));
            }
            for (int i = start; i < end; i++) {
                Block block = blocks.get(i);
                boolean paragraph = block.kind() == Block.Kind.PARAGRAPH;
                boolean listed = paragraph && block.text().length() <= MAX_ENTRY
                        && entries.contains(matchKey(block.text()));
                boolean single = paragraph && block.lines().size() == 1;
                flags[i] = listed || single && detector.isHeading(run, i - start) && !doubtful(blocks, i);
            }
            start = end + 1;
        }
        return flags;
    }

    /**
     * What the text importer's rule lets through but a web clip shows to be no heading: a lead-in ending in a
     * colon ("Notes:"), a line opening with a bold label ("**Statutory Authority:** 15 U.S.C. 3722"), a line set
     * wholly in italics (a caption: "*Photo by Jane Doe*"), a citation ending "..., by A. Name", a table's or
     * figure's subtitle (the line after "Table 1. ..."), and a line straight above table rows.
     */
    private static boolean doubtful(List<Block> blocks, int i) {
        String text = blocks.get(i).text();
        boolean afterCaption = i > 0 && CAPTION.matcher(blocks.get(i - 1).text()).find();
        boolean aboveRows = i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.ROW;
        SourceLine line = blocks.get(i).lines().get(0);
        boolean labelled = line.leadingStrong().endsWith(":");
        return text.endsWith(":") || labelled || line.emphasised() || CITATION.matcher(text).find()
                || afterCaption || aboveRows;
    }

    /** The block as the text importer sees it: list items carry a bullet, so they count as list text. */
    private static TextBlock textBlock(Block block) {
        if (block.kind() == Block.Kind.ITEM) {
            return new TextBlock(block.line(), List.of("- " + block.text()));
        }
        List<String> lines = block.lines().stream().map(SourceLine::text).toList();
        if (block.kind() == Block.Kind.PARAGRAPH && lines.size() == 1) {
            return new TextBlock(block.line(), lines);
        }
        // Quotes, code, HTML and several-line paragraphs are body text, never headings.
        return new TextBlock(block.line(), List.of(block.text(), ""));
    }

    static String matchKey(String text) {
        return ClipCleaner.key(ORDINAL.matcher(text).replaceAll("$1"));
    }

    /** Collects paragraphs into the lede and sections as headings arrive. */
    private final class Assembler {
        private final List<Paragraph> lede = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final Set<String> usedIds = new HashSet<>(Set.of("lede", "summary", "caption"));
        private String heading;
        private String sectionId;
        private List<Paragraph> paragraphs = lede;
        private String prefix = "lede";

        void startSection(String text) {
            closeSection();
            heading = text;
            sectionId = uniqueId(text, sections.size() + 1);
            paragraphs = new ArrayList<>();
            prefix = sectionId;
        }

        void add(Block block) {
            String text = block.text();
            if (text.isEmpty()) {
                return;
            }
            String id = prefix + ".p" + (paragraphs.size() + 1);
            paragraphs.add(block.mark().map(m -> Paragraph.listItem(id, text, m))
                    .orElseGet(() -> new Paragraph(id, text)));
        }

        Body finish() {
            closeSection();
            return new Body(lede, sections);
        }

        private void closeSection() {
            if (heading != null) {
                sections.add(new Section(sectionId, heading, kinds.classify(heading), paragraphs));
            }
        }

        private String uniqueId(String text, int position) {
            String slug = Ids.slug(text);
            String base = slug.isEmpty() ? "section-" + position : slug;
            String id = base;
            for (int n = 2; !usedIds.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }
}
