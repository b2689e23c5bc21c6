package org.briefingreader.quality;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;

/** Small briefings and expected values for the quality tests. */
final class QualityFixtures {
    private QualityFixtures() {
    }

    /** A briefing with a lede and sections given as heading to paragraph texts, in order. */
    static Briefing briefing(String title, Optional<ZonedDateTime> published, List<String> lede,
            Map<String, List<String>> sections) {
        List<Paragraph> ledeUnits = new ArrayList<>();
        for (int i = 0; i < lede.size(); i++) {
            ledeUnits.add(new Paragraph("lede.p" + (i + 1), lede.get(i)));
        }
        List<Section> built = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            n++;
            List<Paragraph> ps = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                ps.add(new Paragraph("s" + n + ".p" + (i + 1), e.getValue().get(i)));
            }
            built.add(new Section("s" + n, e.getKey(), SectionKind.OTHER, ps));
        }
        return new Briefing("fixture", title, Optional.empty(), Optional.empty(), published, Optional.empty(),
                Optional.empty(), List.of(), List.of(new Paragraph("summary.b1", "A summary bullet not in the body")),
                ledeUnits, built, "fixture.txt", "sha256:" + "00".repeat(32), Optional.empty());
    }

    /** Sections in the given order: heading, paragraphs, heading, paragraphs... */
    static Map<String, List<String>> sections(Object... headingsAndParagraphs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < headingsAndParagraphs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> ps = (List<String>) headingsAndParagraphs[i + 1];
            map.put((String) headingsAndParagraphs[i], ps);
        }
        return map;
    }
}
