package org.briefingreader.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;

/** Prints ranked hits grouped by briefing and section: {@code title › heading  [kind]}, then each snippet. */
final class HitPrinter {
    private HitPrinter() {
    }

    static void print(PrintWriter out, List<SearchHit> ranked) {
        for (SearchResults.BriefingGroup briefing : SearchResults.group(ranked)) {
            for (SearchResults.SectionGroup section : briefing.sections()) {
                out.println();
                SearchHit first = section.hits().get(0);
                out.println(briefing.title() + " › " + section.heading().orElse(place(first))
                        + first.kind().map(k -> "  [" + k.label() + "]").orElse(""));
                for (SearchHit hit : section.hits()) {
                    out.println("  " + hit.unitId() + "  " + Snippets.marked(hit));
                }
            }
        }
    }

    /** Where a hit outside any section sits, in words. */
    static String place(SearchHit hit) {
        return switch (hit.unitType()) {
            case TITLE -> "Title";
            case CAPTION -> "Caption";
            case SUMMARY -> "Summary";
            case LEDE -> "Lede";
            case HEADING, PARAGRAPH -> "Body";
        };
    }
}
