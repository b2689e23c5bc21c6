package org.briefingreader.quality;

import java.util.ArrayList;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;

/** The parts of an imported briefing that are compared with a document's expected values. */
public final class BriefingText {
    private BriefingText() {
    }

    /**
     * The body as a reader meets it: lede paragraphs, then each section's heading and paragraphs (list items are
     * paragraphs), in order, one per line. Title, summary and captions are not body: the expected bodies hold none.
     */
    public static String body(Briefing briefing) {
        StringBuilder out = new StringBuilder();
        for (Paragraph p : briefing.lede()) {
            out.append(p.text()).append('\n');
        }
        for (Section s : briefing.sections()) {
            if (!s.heading().isBlank()) {
                out.append(s.heading()).append('\n');
            }
            for (Paragraph p : s.paragraphs()) {
                out.append(p.text()).append('\n');
            }
        }
        return out.toString();
    }

    /** The section headings in order, blank ones left out. */
    public static List<String> headings(Briefing briefing) {
        List<String> headings = new ArrayList<>();
        for (Section s : briefing.sections()) {
            if (!s.heading().isBlank()) {
                headings.add(s.heading());
            }
        }
        return headings;
    }
}
