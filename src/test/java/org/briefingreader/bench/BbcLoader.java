package org.briefingreader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.ingest.text.PlainTextBriefingParser;

/**
 * Reads the BBC News articles with the product's own text importer, as a user importing them would.
 *
 * <p>{@code bbc/business/001.txt} becomes the briefing {@code bbc-business-001} with source "BBC News": the id
 * is made unique per file (the dataset holds a few articles twice, which would otherwise replace each other in
 * the index) and the source is set so {@code source:bbc} can be searched; everything else is the importer's.
 */
final class BbcLoader {
    static final String SOURCE = "BBC News";

    private BbcLoader() {
    }

    /** Every {@code .txt} under {@code dir}'s category folders, in path order. */
    static List<Briefing> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
        }
        PlainTextBriefingParser parser = new PlainTextBriefingParser();
        List<Briefing> briefings = new ArrayList<>(files.size());
        for (Path file : files) {
            Briefing b;
            try {
                b = parser.parse(file).briefing();
            } catch (BriefingInputException e) {
                throw new IOException("the BBC corpus has a file the importer refuses: " + e.getMessage(), e);
            }
            String id = "bbc-" + file.getParent().getFileName() + "-" + file.getFileName().toString().replace(".txt", "");
            briefings.add(new Briefing(id, b.title(), b.subtitle(), Optional.of(SOURCE), b.published(), b.readTime(),
                    b.byline(), b.captions(), b.summary(), b.lede(), b.sections(), b.originalFileName(),
                    b.contentHash(), b.copyright()));
        }
        return briefings;
    }
}
