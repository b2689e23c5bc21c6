package org.briefingreader.ingest.text;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.domain.Text;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.SourceText;

/**
 * Reads a plain-text briefing ({@code .txt}, {@code .text}): headline, metadata, caption, standfirst, summary
 * bullets, lede, headed sections, and a site footer that is dropped but for its copyright line.
 *
 * <p>Input (blank lines separate blocks):
 * <pre>
 * Japan Wants Closer Relations With Russia. Good Luck With That.      -> title
 *
 * 7 MINS READMay 25, 2018 | 08:30 GMT                                 -> readTime PT7M, published 2018-05-25T08:30 GMT
 * Abe and Putin watch a judo performance in Tokyo.                    -> captions [caption.1]
 *
 * Abe and Putin have met 20 times over the past six years.            -> subtitle
 *
 *   • The prime minister's troubles will add urgency.                 -> summary [summary.b1, ...]
 *   • But the standoff leaves little room for a breakthrough.
 *
 * With China rising in the Pacific, Tokyo hopes for a win.            -> lede [lede.p1]
 *
 * The Big Picture                                                     -> section the-big-picture (context)
 *
 * The forecast notes that Japan's pursuit could give Russia leverage. -> the-big-picture.p1
 *
 * Article Search                                                      -> footer: dropped
 * Copyright © Example Media, LLC. All rights reserved.                -> copyright; source "Example Media, LLC"
 * </pre>
 *
 * <p>The rules, in order:
 * <ol>
 * <li>The title is the first non-blank line.
 * <li>Header: up to four lines after it that are only metadata ({@link MetadataLineParser}: reading time, date
 *     and time, "By" line) give readTime, published and byline; the first mention of each wins.
 * <li>Caption: when there was a metadata line, a single line directly under the last one (no blank line
 *     between, a blank line or the end after it, at most 300 characters, not a bullet) is a photo caption,
 *     provided more text follows.
 * <li>Footer: the trailing site footer is found by {@link FooterDetector} and removed before anything else
 *     is judged; its copyright line becomes {@code copyright}, and the copyright holder becomes
 *     {@code source} (the publisher), as the one generic clue to who published the page.
 * <li>Standfirst and summary: when the first block of what is left is a bullet list, it is the summary; when
 *     the second is, and the first is a plain paragraph (not heading-like, not ending in a colon that
 *     introduces the list), that paragraph is the {@code subtitle} (standfirst) and the list the summary.
 *     A list further down is body text, not a summary: news articles put lists in mid-story.
 * <li>Body: headings are found by {@link HeadingDetector}; paragraphs before the first heading are the
 *     lede, the rest belong to the heading above them ({@link BodyAssembler}). A file without headings, such
 *     as a news article, is all lede.
 * </ol>
 *
 * <p>Paragraph text is the block's lines joined by one space, with whitespace normalised: U+00A0 and every
 * other space become a plain space, runs collapse, ends are stripped; every other character (dashes,
 * curly quotes) is kept. Summary bullets lose their marker. Lines without any letter or digit ({@code ***},
 * {@code ---}) are rules between blocks, not text. Warnings: the loader's, then any met reading the metadata.
 */
public final class PlainTextBriefingParser implements BriefingParser {
    private static final List<String> EXTENSIONS = List.of(".txt", ".text");
    private static final int MAX_HEADER_LINES = 4;
    private static final int MAX_CAPTION_CHARS = 300;

    private final SourceLoader loader;
    private final MetadataLineParser metadata = new MetadataLineParser();
    private final FooterDetector footers = new FooterDetector();
    private final HeadingDetector headings = new HeadingDetector();
    private final BodyAssembler assembler;

    public PlainTextBriefingParser(SourceLoader loader, SectionKindTable kinds) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.assembler = new BodyAssembler(kinds, headings);
    }

    /** With the default size limit and the built-in section-kind table. */
    public PlainTextBriefingParser() {
        this(new SourceLoader(), SectionKindTable.defaults());
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(BriefingFormats.extension(file));
    }

    @Override
    public ParsedBriefing parse(Path file) throws BriefingInputException {
        return read(loader.load(file));
    }

    /** Reads already loaded text; pure: the same source always gives the same briefing. */
    public ParsedBriefing read(SourceText source) throws BriefingInputException {
        List<String> lines = TextBlock.lines(source.text());
        int titleLine = nextNonBlank(lines, 0);
        if (titleLine >= lines.size()) {
            throw new BriefingInputException(source.file(), "the file has no text");
        }
        String title = Text.normaliseSpace(lines.get(titleLine));

        Header header = header(lines, titleLine + 1);
        MetadataLine meta = header.metadata();
        int next = header.next();
        List<Paragraph> captions = new ArrayList<>();
        if (header.lines() > 0 && isCaption(lines, next)) {
            captions.add(new Paragraph("caption.1", Text.normaliseSpace(lines.get(next))));
            next++;
        }

        List<TextBlock> blocks = TextBlock.split(lines, next);
        FooterDetector.Footer footer = footers.detect(blocks);
        List<TextBlock> body = blocks.subList(0, footer.start());

        Optional<String> subtitle = Optional.empty();
        List<Paragraph> summary = new ArrayList<>();
        int bodyStart = 0;
        if (body.size() >= 2 && body.get(1).isList() && isStandfirst(body.get(0))) {
            subtitle = Optional.of(body.get(0).text());
            bodyStart = 1;
        }
        // The summary is the list that opens the body; bullets set one per paragraph (blank lines between)
        // are one list too, so every list block in a row belongs to it.
        boolean hasSummary = bodyStart < body.size() && body.get(bodyStart).isList();
        while (hasSummary && bodyStart < body.size() && body.get(bodyStart).isList()) {
            for (String item : body.get(bodyStart).paragraphs(true)) {
                summary.add(new Paragraph("summary.b" + (summary.size() + 1), item));
            }
            bodyStart++;
        }
        if (!hasSummary) {
            subtitle = Optional.empty();
            bodyStart = 0;
        }
        BodyAssembler.Body parts = assembler.assemble(body.subList(bodyStart, body.size()));

        Optional<ZonedDateTime> published = meta.published();
        String id = Ids.briefingId(title, published.map(ZonedDateTime::toLocalDate), source.fileName());
        Briefing briefing = new Briefing(id, title, subtitle, footer.copyright().flatMap(FooterDetector::holder),
                published, meta.readTime(), meta.byline(), captions, summary, parts.lede(), parts.sections(),
                source.fileName(), source.contentHash(), footer.copyright());
        List<String> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(meta.warnings());
        return new ParsedBriefing(briefing, warnings);
    }

    /** The metadata lines under the title: what they say, how many there were, and the line after the last. */
    private record Header(MetadataLine metadata, int lines, int next) {
    }

    private Header header(List<String> lines, int from) {
        MetadataLine meta = MetadataLine.none();
        int count = 0;
        int next = from;
        for (int i = nextNonBlank(lines, from); i < lines.size() && count < MAX_HEADER_LINES;
                i = nextNonBlank(lines, i + 1)) {
            Optional<MetadataLine> line = metadata.parse(lines.get(i));
            if (line.isEmpty()) {
                break;
            }
            meta = meta.merge(line.get());
            count++;
            next = i + 1;
        }
        return new Header(meta, count, next);
    }

    /** A lone line directly under the metadata, with a blank line (or the end) after it and text further on. */
    private static boolean isCaption(List<String> lines, int index) {
        if (index >= lines.size() || Text.isBlank(lines.get(index))) {
            return false;
        }
        String line = lines.get(index);
        boolean alone = index + 1 >= lines.size() || Text.isBlank(lines.get(index + 1));
        boolean moreFollows = nextNonBlank(lines, index + 1) < lines.size();
        return alone && moreFollows && BulletLine.item(line).isEmpty()
                && line.codePoints().anyMatch(Character::isLetterOrDigit)
                && Text.normaliseSpace(line).length() <= MAX_CAPTION_CHARS;
    }

    private boolean isStandfirst(TextBlock block) {
        String text = block.text();
        return !block.isList() && !text.endsWith(":") && !(block.isSingleLine() && headings.looksLikeHeading(text));
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && Text.isBlank(lines.get(i))) {
            i++;
        }
        return i;
    }
}
