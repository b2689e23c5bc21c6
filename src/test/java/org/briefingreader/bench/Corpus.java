package org.briefingreader.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;

/**
 * The briefings the benchmark indexes, with their text units counted the way the index counts them.
 *
 * <p>A briefing's units are what {@code UnitDocuments} makes a document of: the title, each caption, summary
 * bullet and lede paragraph, each section heading and each section paragraph (the subtitle is not indexed).
 *
 * @param briefings        Reuters then BBC (empty once dropped, see {@link #withoutBriefings})
 * @param briefingCount    briefings loaded
 * @param reutersElements  REUTERS elements in the SGML files
 * @param reutersBriefings of which became briefings (those with a title)
 * @param reutersTitleOnly of which have no body
 * @param bbcCount         BBC articles
 * @param units            text units in all briefings
 * @param reutersUnits     of which in Reuters briefings
 * @param textBytes        UTF-8 bytes of all unit texts
 */
record Corpus(List<Briefing> briefings, int briefingCount, int reutersElements, int reutersBriefings,
        int reutersTitleOnly, int bbcCount, long units, long reutersUnits, long textBytes) {

    static final Path REUTERS = Path.of("..", "shared", "corpus", "reuters-21578");
    static final Path BBC = Path.of("..", "shared", "corpus", "bbc-news", "bbc");

    /** Loads both corpora from beside the checkout. */
    static Corpus load() throws IOException {
        ReutersLoader.Result reuters = ReutersLoader.load(REUTERS);
        List<Briefing> bbc = BbcLoader.load(BBC);
        List<Briefing> all = new ArrayList<>(reuters.briefings());
        all.addAll(bbc);
        long units = 0;
        long bytes = 0;
        for (Briefing b : all) {
            for (String text : unitTexts(b)) {
                units++;
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long reutersUnits = reuters.briefings().stream().mapToLong(b -> unitTexts(b).size()).sum();
        return new Corpus(List.copyOf(all), all.size(), reuters.elements(), reuters.briefings().size(),
                reuters.titleOnly(), bbc.size(), units, reutersUnits, bytes);
    }

    /** The same figures without the briefings, so they can be collected. */
    Corpus withoutBriefings() {
        return new Corpus(List.of(), briefingCount, reutersElements, reutersBriefings, reutersTitleOnly, bbcCount,
                units, reutersUnits, textBytes);
    }

    static boolean present() {
        return Files.isDirectory(REUTERS) && Files.isDirectory(BBC);
    }

    /** The texts of a briefing's units, in the index's order. */
    static List<String> unitTexts(Briefing b) {
        List<String> texts = new ArrayList<>();
        texts.add(b.title());
        b.captions().forEach(p -> texts.add(p.text()));
        b.summary().forEach(p -> texts.add(p.text()));
        b.lede().forEach(p -> texts.add(p.text()));
        for (Section section : b.sections()) {
            texts.add(section.heading());
            for (Paragraph p : section.paragraphs()) {
                texts.add(p.text());
            }
        }
        return texts;
    }

    double textMegabytes() {
        return textBytes / 1e6;
    }
}
