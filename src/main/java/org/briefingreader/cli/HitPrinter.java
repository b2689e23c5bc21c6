package org.briefingreader.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefingreader.domain.HitAnnotation;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SearchResults;

/**
 * Prints ranked hits grouped by briefing and section: {@code title › heading  [kind]}, then each snippet. A hit in
 * an annotation takes two lines, its note first and its passage below, the matched words in [brackets] in
 * whichever matched:
 * <pre>
 *   note on the-history.p1 [evidence] #treaty  …check the [peace] deal date…
 *     "The prize is a peace deal officially ending World War II …"
 * </pre>
 */
final class HitPrinter {
    /** Characters of the note or passage shown where it is not the match. */
    static final int SHOWN_CHARS = 100;

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
                    if (hit.annotation().isPresent()) {
                        printAnnotation(out, hit, hit.annotation().get());
                    } else {
                        out.println("  " + hit.unitId() + "  " + Snippets.marked(hit));
                    }
                }
            }
        }
    }

    private static void printAnnotation(PrintWriter out, SearchHit hit, HitAnnotation annotation) {
        StringBuilder line = new StringBuilder("  ").append(annotation.note().isPresent() ? "note" : "highlight")
                .append(annotation.orphan() ? " (orphan: its passage is not in the briefing)" : " on " + hit.unitId());
        annotation.category().ifPresent(category -> line.append(" [").append(category).append(']'));
        annotation.tags().forEach(tag -> line.append(" #").append(tag));
        boolean inNote = hit.in() == SearchHit.MatchIn.NOTE;
        if (inNote) {
            line.append("  ").append(Snippets.marked(hit));
        } else {
            annotation.note().ifPresent(note -> line.append("  ").append(Snippets.shortened(note, SHOWN_CHARS)));
        }
        out.println(line);
        out.println("    \"" + (inNote ? Snippets.shortened(annotation.quote(), SHOWN_CHARS) : Snippets.marked(hit))
                + "\"");
    }

    /** Where a hit outside any section sits, in words. */
    static String place(SearchHit hit) {
        if (hit.annotation().map(HitAnnotation::orphan).orElse(false)) {
            return "Notes not placed";
        }
        return switch (hit.unitType()) {
            case TITLE -> "Title";
            case CAPTION -> "Caption";
            case SUMMARY -> "Summary";
            case LEDE -> "Lede";
            case HEADING, PARAGRAPH -> "Body";
        };
    }
}
