package org.briefingreader.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.jsoup.nodes.Element;

/**
 * A reference, not the product: Readability4J's article as a bare briefing (its title; h1-h3 of the article as
 * sections; p, li, pre, blockquote and table cells as paragraphs; no date: Readability4J 1.0.8 reads none), so
 * {@link ImportQualityReference} can show what a plain port of Mozilla Readability scores on the same measure.
 */
final class ReadabilityReferenceParser implements BriefingParser {
    private static final String BLOCKS = "h1, h2, h3, p, li, pre, blockquote, td, th";

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public ParsedBriefing parse(Path file) throws BriefingInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BriefingInputException(file, "cannot read: " + e.getMessage());
        }
        Article article = new Readability4J("http://localhost/", new String(bytes, StandardCharsets.UTF_8)).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            throw new BriefingInputException(file, "Readability4J found no article");
        }
        List<Paragraph> lede = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Paragraph> current = lede;
        for (Element block : content.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (block.is("h1, h2, h3")) {
                if (heading != null) {
                    sections.add(new Section("s" + (sections.size() + 1), heading, SectionKind.OTHER, current));
                }
                heading = text;
                current = new ArrayList<>();
            } else {
                String prefix = heading == null ? "lede" : "s" + (sections.size() + 1);
                current.add(new Paragraph(prefix + ".p" + (current.size() + 1), text));
            }
        }
        if (lede.isEmpty() && sections.isEmpty() && heading == null && !content.text().isBlank()) {
            // text held directly in divs: the whole article as one paragraph rather than nothing
            lede.add(new Paragraph("lede.p1", content.text().strip()));
        }
        if (heading != null) {
            sections.add(new Section("s" + (sections.size() + 1), heading, SectionKind.OTHER, current));
        }
        String title = article.getTitle() == null || article.getTitle().isBlank()
                ? file.getFileName().toString() : article.getTitle().strip();
        Briefing briefing = new Briefing(Ids.briefingId(title, Optional.empty(), file.getFileName().toString()),
                title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(article.getByline()).filter(b -> !b.isBlank()), List.of(), List.of(), lede,
                sections, file.getFileName().toString(), sha256(bytes), Optional.empty());
        return new ParsedBriefing(briefing, List.of());
    }

    private static String sha256(byte[] data) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
