package org.briefingreader.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.FoldedText;

/**
 * Annotations as text, grouped by briefing, orphans last in each group:
 * <pre>
 * Japan Wants Closer Relations With Russia. Good Luck With That. (japan-wants-...-2018-05-25)
 *   3f2a9c1e  the-history.p2  [evidence]  "Japan and Russia never signed a peace treaty"
 *             Worth checking against the 1956 declaration.
 *             #treaty #kurils
 * </pre>
 */
final class NotesPrinter {
    /** Characters of a quote shown on one line; the id and the JSON keep it all. */
    static final int QUOTE_WIDTH = 100;
    private static final String INDENT = "            ";

    private NotesPrinter() {
    }

    static void print(PrintWriter out, List<Annotation> notes, Function<String, String> titleOf) {
        Map<String, List<Annotation>> byBriefing = new LinkedHashMap<>();
        for (Annotation a : notes) {
            byBriefing.computeIfAbsent(a.briefingId(), k -> new java.util.ArrayList<>()).add(a);
        }
        byBriefing.forEach((id, group) -> {
            out.println(titleOf.apply(id) + " (" + id + ")");
            group.stream().filter(a -> !a.isOrphan()).forEach(a -> printOne(out, a, String.join("+",
                    a.target().unitIds())));
            List<Annotation> orphans = group.stream().filter(Annotation::isOrphan).toList();
            if (!orphans.isEmpty()) {
                out.println("  orphans (their passage is no longer in the briefing):");
                orphans.forEach(a -> printOne(out, a, "orphan"));
            }
        });
    }

    private static void printOne(PrintWriter out, Annotation a, String place) {
        StringBuilder line = new StringBuilder("  ").append(a.id().toString(), 0, 8).append("  ").append(place);
        a.category().ifPresent(c -> line.append("  [").append(c).append(']'));
        line.append("  \"").append(shorten(a.target().quote().exact())).append('"');
        out.println(line);
        a.note().ifPresent(note -> note.lines().forEach(l -> out.println(INDENT + l)));
        if (!a.tags().isEmpty()) {
            out.println(INDENT + String.join(" ", a.tags().stream().map(t -> "#" + t.replace(' ', '-')).toList()));
        }
    }

    /** The quote on one line, cut at {@link #QUOTE_WIDTH} characters with an ellipsis. */
    static String shorten(String quote) {
        String folded = FoldedText.fold(quote);
        if (folded.codePointCount(0, folded.length()) <= QUOTE_WIDTH) {
            return folded;
        }
        return folded.substring(0, folded.offsetByCodePoints(0, QUOTE_WIDTH - 1)) + "…";
    }
}
