package org.briefingreader.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;

/**
 * The core of the import-quality tool: imports every document of some corpora with one parser (the product's own
 * format selection) and scores each against its expected values.
 *
 * @param pages every document's score, corpus by corpus, in file order
 */
public record ImportQualityRun(List<PageScore> pages) {
    public ImportQualityRun {
        pages = List.copyOf(pages);
    }

    /**
     * Imports and scores every file of {@code corpora}. A file the parser refuses, or on which it fails with an
     * unchecked exception, is a failed import (message kept); a file whose expected values cannot be read stops the
     * run, since it is the measure that is broken, not the import.
     */
    public static ImportQualityRun of(BriefingParser parser, List<QualityCorpus> corpora) throws IOException {
        List<PageScore> pages = new ArrayList<>();
        for (QualityCorpus corpus : corpora) {
            for (Path file : corpus.files()) {
                pages.add(score(parser, corpus, file));
            }
        }
        return new ImportQualityRun(pages);
    }

    /** Figures per corpus, in the order the corpora were given. */
    public Map<String, CorpusScore> byCorpus() {
        Map<String, List<PageScore>> grouped = new LinkedHashMap<>();
        for (PageScore p : pages) {
            grouped.computeIfAbsent(p.corpus(), k -> new ArrayList<>()).add(p);
        }
        Map<String, CorpusScore> scores = new LinkedHashMap<>();
        grouped.forEach((name, list) -> scores.put(name, CorpusScore.of(name, list)));
        return scores;
    }

    /** Figures over all pages. */
    public CorpusScore overall() {
        return CorpusScore.of("all", pages);
    }

    private static PageScore score(BriefingParser parser, QualityCorpus corpus, Path file) throws IOException {
        Expected expected = corpus.expected().read(file);
        String name = corpus.shownName(file);
        try {
            return PageScore.of(corpus.name(), name, expected, parser.parse(file).briefing());
        } catch (BriefingInputException e) {
            return PageScore.failed(corpus.name(), name, expected, Objects.toString(e.getMessage(), e.toString()));
        } catch (RuntimeException e) {
            // A crash is the worst import outcome; it is counted and shown, and the other files still get measured.
            return PageScore.failed(corpus.name(), name, expected, "importer crashed: " + e);
        }
    }
}
