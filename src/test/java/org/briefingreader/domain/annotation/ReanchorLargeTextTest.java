package org.briefingreader.domain.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.domain.annotation.ReanchorFixtures.annotate;
import static org.briefingreader.domain.annotation.ReanchorFixtures.editUnit;
import static org.briefingreader.domain.annotation.ReanchorFixtures.largeBriefing;
import static org.briefingreader.domain.annotation.ReanchorFixtures.removeParagraph;
import static org.briefingreader.domain.annotation.ReanchorFixtures.text;
import static org.briefingreader.domain.annotation.ReanchorerTest.assertOrphaned;
import static org.briefingreader.domain.annotation.ReanchorerTest.assertPlaced;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Placement.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long passages in a ~200 KB real report: the approximate step must place them right, and orphan them when gone. */
class ReanchorLargeTextTest {
    private static final Path REPORT = Path.of("..", "shared", "corpus", "crs-dev", "reports",
            "R48694v10-federal-research-and-development-r-d-funding-fy2.md");
    private static final String INSERTED = "A note added on re-import, to shift everything after it. ";

    private static Briefing report;
    /** Consecutive paragraphs near the middle, 2,500 to 3,500 characters together. */
    private static List<CanonicalText.Unit> passageUnits;

    @BeforeAll
    static void load() throws IOException {
        report = largeBriefing(REPORT);
        List<CanonicalText.Unit> units = text(report).units().stream().filter(u -> u.id().contains(".p")).toList();
        for (int i = units.size() / 2; i < units.size() && passageUnits == null; i++) {
            for (int j = i; j < units.size(); j++) {
                int length = units.get(j).end() - units.get(i).start();
                if (length >= 2_500 && length <= 3_500 && j > i) {
                    passageUnits = units.subList(i, j + 1);
                    break;
                }
                if (length > 3_500) {
                    break;
                }
            }
        }
    }

    @Test
    void aLongPassageWithEditsInsideAndTextBeforeAnchorsApproximately() {
        assertThat(text(report).text().length()).isGreaterThan(190_000);
        String firstId = passageUnits.get(0).id();
        Annotation annotation = annotate(report, passage(report));
        Briefing edited = editUnit(editUnit(report, "part-1.p1", t -> INSERTED + t), firstId,
                t -> t.replaceFirst(" the ", " tha ").replaceFirst(" and ", " and also "));
        CanonicalText newText = text(edited);

        Placement placement = Reanchorer.place(annotation, newText, edited.contentHash());

        assertThat(placement.method()).isEqualTo(Method.FUZZY);
        assertPlaced(placement, newText, edited.contentHash(), passage(edited));
    }

    @Test
    void aLongPassageWhoseParagraphsAreRemovedOrphans() {
        Annotation annotation = annotate(report, passage(report));
        Briefing removed = report;
        for (CanonicalText.Unit unit : passageUnits) {
            removed = removeParagraph(removed, unit.id());
        }

        Placement placement = Reanchorer.place(annotation, text(removed), removed.contentHash());

        assertThat(placement.method()).isEqualTo(Method.ORPHAN);
        assertOrphaned(placement, annotation);
    }

    @Test
    void aSentenceNearTheEndMovesByQuoteAfterTextInsertedAtTheStart() {
        List<CanonicalText.Unit> units = text(report).units().stream().filter(u -> u.id().contains(".p")).toList();
        CanonicalText.Unit late = units.get(units.size() - 5);
        String sentence = text(report).text().substring(late.start(), late.end());
        Annotation annotation = annotate(report, sentence, occurrences(report, sentence) - 1);
        Briefing edited = editUnit(report, "part-1.p1", t -> INSERTED + t);

        Placement placement = Reanchorer.place(annotation, text(edited), edited.contentHash());

        assertThat(placement.method()).isEqualTo(Method.QUOTE);
        assertPlaced(placement, text(edited), edited.contentHash(), sentence);
    }

    /** The text of the passage's paragraphs in {@code b}, from the first's start to the last's end. */
    private static String passage(Briefing b) {
        CanonicalText t = text(b);
        int start = t.unit(passageUnits.get(0).id()).orElseThrow().start();
        int end = t.unit(passageUnits.get(passageUnits.size() - 1).id()).orElseThrow().end();
        return t.text().substring(start, end);
    }

    private static int occurrences(Briefing b, String s) {
        String all = text(b).text();
        int count = 0;
        for (int at = all.indexOf(s); at >= 0; at = all.indexOf(s, at + 1)) {
            count++;
        }
        return count;
    }
}
