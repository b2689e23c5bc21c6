package org.briefingreader.ingest.html;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}, {@code .xhtml}) as a briefing: the article's text
 * without the site around it, its headings as sections, its lists as lists.
 *
 * <p>Steps: the bytes are read with the loader's size limit and decoded in the charset the page declares
 * ({@link PageDecoder}); jsoup parses them; {@link PageMetadataReader} gives title, byline, date, description
 * and site name; the article element is found ({@link ArticleExtractor}); {@link BlockReader} reads it as
 * blocks and {@link ArticleAssembler} cuts those into lede and sections. A page whose article has no text is
 * refused with "no article text found" rather than imported empty. docs/html-import.md has the details.
 */
public final class HtmlBriefingParser implements BriefingParser {
    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml");
    /** Fewer characters outside links than this, and what was found is a menu, not an article. */
    private static final int MIN_ARTICLE_CHARS = 25;

    private final SourceLoader loader;
    private final ArticleExtractor extractor;
    private final ArticleAssembler assembler;

    public HtmlBriefingParser(SourceLoader loader, SectionKindTable kinds) {
        this(loader, kinds, defaultExtractor());
    }

    /** With the default size limit and the built-in section-kind table. */
    public HtmlBriefingParser() {
        this(new SourceLoader(), SectionKindTable.defaults());
    }

    HtmlBriefingParser(SourceLoader loader, SectionKindTable kinds, ArticleExtractor extractor) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.assembler = new ArticleAssembler(kinds);
    }

    /** The extractor a parser uses unless told otherwise: ours, which scored higher (docs/html-import.md). */
    static ArticleExtractor defaultExtractor() {
        return new ContentScoreExtractor();
    }

    /** The extensions this parser takes, lower case with the dot. */
    public static List<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(BriefingFormats.extension(file));
    }

    @Override
    public ParsedBriefing parse(Path file) throws BriefingInputException {
        byte[] data = loader.loadBytes(file);
        List<String> warnings = new ArrayList<>();
        String html = PageDecoder.decode(data, file, warnings);
        return read(file, html, SourceLoader.contentHash(data), warnings);
    }

    private ParsedBriefing read(Path file, String html, String contentHash, List<String> warnings)
            throws BriefingInputException {
        Document page = Jsoup.parse(html);
        PageMetadata metadata = PageMetadataReader.read(page);
        String fileName = fileName(file);
        String title = metadata.title().map(Text::normaliseSpace).filter(t -> !t.isEmpty())
                .or(() -> firstHeading(page))
                .orElse(fileName.replaceFirst("\\.[^.]*$", ""));
        Element article = extractor.extract(page)
                .orElseThrow(() -> new BriefingInputException(file, "no article text found"));
        TextStats stats = TextStats.of(article);
        int prose = (int) Math.round(stats.text(article) * (1 - stats.linkDensity(article)));
        ArticleAssembler.Body body = assembler.assemble(BlockReader.read(article), title);
        if (prose < MIN_ARTICLE_CHARS || !body.hasText()) {
            throw new BriefingInputException(file, "no article text found");
        }
        Optional<ZonedDateTime> published = metadata.published();
        String id = Ids.briefingId(title, published.map(ZonedDateTime::toLocalDate), fileName);
        Optional<String> subtitle = metadata.excerpt().map(Text::normaliseSpace)
                .filter(excerpt -> !repeatsBody(excerpt, body));
        Briefing briefing = new Briefing(id, title, subtitle, metadata.siteName(), published, Optional.empty(),
                metadata.byline(), body.captions(), List.of(), body.lede(), body.sections(), fileName,
                contentHash, Optional.empty());
        return new ParsedBriefing(briefing, warnings);
    }

    private static Optional<String> firstHeading(Document page) {
        Element h1 = page.selectFirst("h1");
        return Optional.ofNullable(h1).map(h -> Text.normaliseSpace(h.text())).filter(t -> !t.isEmpty());
    }

    /**
     * A page description is a standfirst only when it says something the body does not: sites often use the
     * first paragraph, or its start, as the description.
     */
    private static boolean repeatsBody(String excerpt, ArticleAssembler.Body body) {
        String start = comparable(excerpt.replaceFirst("(\\.\\.\\.|\u2026)$", ""));
        List<Paragraph> opening = new ArrayList<>(body.lede());
        body.sections().stream().findFirst().ifPresent(s -> opening.addAll(s.paragraphs()));
        return opening.stream().limit(3).anyMatch(p -> comparable(p.text()).contains(start));
    }

    private static String comparable(String text) {
        return Text.normaliseSpace(text).toLowerCase(Locale.ROOT);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
