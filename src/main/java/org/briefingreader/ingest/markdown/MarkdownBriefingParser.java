package org.briefingreader.ingest.markdown;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.SourceText;

/**
 * Reads a Markdown briefing ({@code .md}, {@code .markdown}): YAML front matter, a web clip's
 * {@code **Key:** value} header, the article's headings, paragraphs and lists, without the page's navigation.
 *
 * <p>Input:
 * <pre>
 * ---                                     -> front matter (YAML)
 * title: Shipping Often                   -> title
 * date: 2015-10-09                        -> published 2015-10-09T00:00Z
 * authors: [bret, mel-choyce]             -> byline "Bret and Mel Choyce"
 * excerpt: How we ship.                   -> summary [summary.b1]
 * ---
 * # Shipping Often                        -> equals the title: not a section
 *
 * We ship every week.                     -> lede.p1
 *
 * ## The Shipyard                         -> section the-shipyard
 *
 * - builds                                -> the-shipyard.p1, a bullet item
 * </pre>
 *
 * <p>The rules, in order: (1) front matter ({@link FrontMatter}) and then a {@code **Key:** value} block at the
 * top (a paragraph whose every line opens with bold text ending in a colon) give the metadata
 * ({@link HeaderFields}); (2) the title is the front matter's or header's, else a level-1 heading that opens
 * the document, else the first heading or line that opens it, else the file name; a heading equal to the title
 * is not a section; (3) page furniture goes ({@link ClipCleaner}, with the {@link Boilerplate} list);
 * (4) sections are cut ({@link SectionBuilder}); plain-line headings are looked for in web clips (a
 * {@code **Key:** value} header or a Contents list) and in documents without Markdown section headings.
 * With no date in the metadata, a file name opening {@code YYYY-MM-DD} gives it. A document without any text
 * is refused.
 */
public final class MarkdownBriefingParser implements BriefingParser {
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown");
    private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final int MAX_LINE_TITLE = 150;
    /**
     * A link target written as a template tag, {@code [text]({{ "/" | url }})}: commonmark refuses targets with
     * spaces, which would leave the brackets in the text, so the tag is read as {@code #}.
     */
    private static final Pattern TEMPLATE_TARGET = Pattern.compile("(\\]\\()\\s*\\{\\{[^}\\n]*\\}\\}");
    /** {@code <img src="{{ "/a.gif" | url }}">}: the quotes inside break the tag, so the value is read as #. */
    private static final Pattern TEMPLATE_ATTRIBUTE = Pattern.compile("=\\s*\"\\{\\{[^}\\n]*\\}\\}\"");
    /**
     * A template tag wrapped over lines of one paragraph (no blank line or code fence inside, at most 2000
     * characters): joined, so that the importer sees it whole and drops it.
     */
    private static final Pattern WRAPPED_TEMPLATE_TAG = Pattern.compile(
            "(?s)\\{\\{(?:(?!\\}\\}|\\n\\s*\\n|\\n\\s*```).){0,2000}?\\}\\}"
            + "|\\{%(?:(?!%\\}|\\n\\s*\\n|\\n\\s*```).){0,2000}?%\\}");

    private final SourceLoader loader;
    private final SectionBuilder sections;
    private final Boilerplate boilerplate;

    public MarkdownBriefingParser(SourceLoader loader, SectionKindTable kinds) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.sections = new SectionBuilder(kinds);
        this.boilerplate = Boilerplate.defaults();
    }

    /** With the default size limit and the built-in section-kind table. */
    public MarkdownBriefingParser() {
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
        FrontMatter front = FrontMatter.split(source.file(), source.text());
        HeaderFields fields = new HeaderFields();
        fields.addAll(front.values());
        String markdown = TEMPLATE_ATTRIBUTE.matcher(TEMPLATE_TARGET.matcher(front.body()).replaceAll("$1#"))
                .replaceAll("=\"#\"");
        markdown = WRAPPED_TEMPLATE_TAG.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(
                m.group().replaceAll("\\R", " ")));
        List<Block> blocks = new ArrayList<>(MarkdownBlocks.read(markdown, front.bodyLine()));
        boolean clipHeader = takeKeyValueHeader(blocks, fields);
        String title = title(blocks, fields, source.fileName());

        ClipCleaner cleaner = new ClipCleaner(boilerplate);
        List<Block> article = cleaner.clean(blocks, title, fields, clipHeader);
        boolean markdownHeadings = article.stream().anyMatch(Block::isHeading);
        boolean plainHeadings = clipHeader || !cleaner.contents().isEmpty() || !markdownHeadings;
        SectionBuilder.Body body = sections.build(article, plainHeadings, cleaner.contents());

        List<Paragraph> summary = fields.summary().map(s -> List.of(new Paragraph("summary.b1", s))).orElse(List.of());
        if (body.lede().isEmpty() && body.sections().isEmpty() && summary.isEmpty()) {
            throw new BriefingInputException(source.file(), "no article text found");
        }
        Optional<ZonedDateTime> published = fields.published().or(() -> fileDate(source.fileName()));
        String id = Ids.briefingId(title, published.map(ZonedDateTime::toLocalDate), source.fileName());
        Briefing briefing = new Briefing(id, title, Optional.empty(), fields.source(), published, Optional.empty(),
                fields.byline(), List.of(), summary, body.lede(), body.sections(), source.fileName(),
                source.contentHash(), Optional.empty());
        List<String> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(front.warnings());
        warnings.addAll(fields.warnings());
        return new ParsedBriefing(briefing, warnings);
    }

    /**
     * Takes the first text block, when every line of it is {@code **Key:** value} and it follows at most a
     * heading: its pairs go to {@code fields}. True when there was one.
     */
    private static boolean takeKeyValueHeader(List<Block> blocks, HeaderFields fields) {
        int at = 0;
        while (at < blocks.size() && (blocks.get(at).isHeading() || blocks.get(at).kind() == Block.Kind.BREAK)
                && at < 2) {
            at++;
        }
        if (at >= blocks.size() || blocks.get(at).kind() != Block.Kind.PARAGRAPH) {
            return false;
        }
        Block block = blocks.get(at);
        boolean allPairs = block.lines().stream().allMatch(l -> l.leadingStrong().endsWith(":")
                && !l.text().startsWith("|") && l.leadingStrong().length() > 1);
        if (!allPairs) {
            return false;
        }
        for (SourceLine line : block.lines()) {
            String key = line.leadingStrong();
            fields.add(key.substring(0, key.length() - 1), line.text().substring(key.length()).strip());
        }
        blocks.remove(at);
        return true;
    }

    /** The title, from the metadata or the document's opening; an opening heading or line used is removed. */
    private static String title(List<Block> blocks, HeaderFields fields, String fileName) {
        if (fields.title().isPresent()) {
            return fields.title().get();
        }
        int first = 0;
        while (first < blocks.size() && blocks.get(first).kind() == Block.Kind.BREAK) {
            first++;
        }
        if (first < blocks.size()) {
            Block opening = blocks.get(first);
            if (opening.isHeading() && !opening.text().isEmpty()) {
                return opening.text();
            }
            String line = opening.lines().isEmpty() ? "" : opening.lines().get(0).text();
            if (opening.kind() == Block.Kind.PARAGRAPH && !line.isEmpty() && line.length() <= MAX_LINE_TITLE) {
                List<SourceLine> rest = opening.lines().subList(1, opening.lines().size());
                if (rest.isEmpty()) {
                    blocks.remove(first);
                } else {
                    blocks.set(first, opening.withLines(rest));
                }
                return line;
            }
        }
        return fileName.replaceFirst("\\.[^.]*$", "");
    }

    private static Optional<ZonedDateTime> fileDate(String fileName) {
        Matcher m = FILE_DATE.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
