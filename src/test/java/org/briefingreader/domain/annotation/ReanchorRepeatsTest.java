package org.briefingreader.domain.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingreader.domain.annotation.ReanchorFixtures.addLedeParagraph;
import static org.briefingreader.domain.annotation.ReanchorFixtures.annotate;
import static org.briefingreader.domain.annotation.ReanchorFixtures.editUnit;
import static org.briefingreader.domain.annotation.ReanchorFixtures.moveParagraph;
import static org.briefingreader.domain.annotation.ReanchorFixtures.removeParagraph;
import static org.briefingreader.domain.annotation.ReanchorFixtures.seed;
import static org.briefingreader.domain.annotation.ReanchorFixtures.text;
import static org.briefingreader.domain.annotation.ReanchorerTest.STICKING;
import static org.briefingreader.domain.annotation.ReanchorerTest.assertPlaced;

import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.annotation.Placement.Method;
import org.junit.jupiter.api.Test;

/** Repeated phrases, orphans coming back, and characters outside the Basic Multilingual Plane. */
class ReanchorRepeatsTest {
    /** Twice in the seed: "to establish a special legal framework over", "under a special legal framework separate". */
    private static final String REPEATED = "special legal framework";
    private static final String FILLER = "Officials in Tokyo declined to comment on the talks before the summit. ";

    @Test
    void contextKeepsARepeatedPhraseOnItsOwnOccurrenceWhenTheOtherIsNearer() {
        Briefing before = seed();
        Annotation second = annotate(before, REPEATED, 1);
        // Text added after the first occurrence pushes the second away: the first is now nearer the old position.
        Briefing after = editUnit(before, "tokyos-unambitious-plan.p1", t -> t + " " + FILLER.repeat(20));
        CanonicalText newText = text(after);

        Placement placement = Reanchorer.place(second, newText, after.contentHash());

        int[] first = newText.folded().find(REPEATED).get(0);
        int oldStart = second.target().position().start();
        assertThat(Math.abs(first[0] - oldStart))
                .isLessThan(Math.abs(placement.annotation().target().position().start() - oldStart));
        assertThat(placement.method()).isEqualTo(Method.QUOTE);
        assertPlaced(placement, newText, after.contentHash(), REPEATED);
        assertThat(placement.annotation().target().unitIds()).containsExactly("little-progress.p1");
        assertThat(placement.annotation().target().quote().prefix()).endsWith("cooperation under a ");
    }

    @Test
    void theOldPositionYieldsWhenItNowHoldsTheOtherRepeat() {
        Briefing before = seed();
        Annotation second = annotate(before, REPEATED, 1);
        int gap = second.target().position().start() - annotate(before, REPEATED, 0).target().position().start();
        // Exactly as much text before both as lies between them: the first lands on the second's old position.
        String shift = FILLER.repeat(gap / FILLER.length() + 1).substring(0, gap);
        Briefing after = editUnit(before, "lede.p1", t -> shift + t);
        CanonicalText newText = text(after);

        Placement placement = Reanchorer.place(second, newText, after.contentHash());

        assertThat(newText.slice(second.target().position())).contains(REPEATED);
        assertThat(placement.method()).isEqualTo(Method.QUOTE);
        assertThat(placement.annotation().target().position().start())
                .isEqualTo(second.target().position().start() + gap);
        assertThat(placement.annotation().target().unitIds()).containsExactly("little-progress.p1");
    }

    @Test
    void theFirstOfTwoRepeatsStaysFirstAfterTextIsInsertedBefore() {
        Briefing before = seed();
        Annotation first = annotate(before, REPEATED, 0);
        Briefing after = editUnit(before, "lede.p1", t -> FILLER + t);

        Placement placement = Reanchorer.place(first, text(after), after.contentHash());

        assertThat(placement.method()).isEqualTo(Method.QUOTE);
        assertThat(placement.annotation().target().unitIds()).containsExactly("tokyos-unambitious-plan.p1");
        assertThat(placement.annotation().target().position().start())
                .isEqualTo(first.target().position().start() + FILLER.length());
    }

    @Test
    void anOrphanAnchorsAgainWhenItsPassageComesBack() {
        Briefing original = seed();
        Annotation annotation = annotate(original, STICKING);
        Briefing removed = removeParagraph(original, "the-history.p1");
        Placement orphaned = Reanchorer.place(annotation, text(removed), removed.contentHash());

        Placement back = Reanchorer.place(orphaned.annotation(), text(original), original.contentHash());

        assertThat(orphaned.method()).isEqualTo(Method.ORPHAN);
        assertThat(back.method()).isEqualTo(Method.POSITION);
        assertThat(back.annotation()).isEqualTo(annotation);
    }

    @Test
    void anOrphanAnchorsInALaterVersionThatHasThePassageElsewhere() {
        Briefing original = seed();
        Briefing removed = removeParagraph(original, "the-history.p1");
        Briefing moved = moveParagraph(original, "the-history.p1", "how-it-will-play-out", "how-it-will-play-out.p2");
        Placement orphaned = Reanchorer.place(annotate(original, STICKING), text(removed), removed.contentHash());

        Placement stillGone = Reanchorer.place(orphaned.annotation(), text(removed), removed.contentHash());
        Placement back = Reanchorer.place(orphaned.annotation(), text(moved), moved.contentHash());

        assertThat(stillGone.method()).isEqualTo(Method.ORPHAN);
        assertThat(stillGone.annotation()).isEqualTo(orphaned.annotation());
        assertThat(back.method()).isEqualTo(Method.QUOTE);
        assertPlaced(back, text(moved), moved.contentHash(), STICKING);
        assertThat(back.annotation().target().unitIds()).containsExactly("how-it-will-play-out.p2");
    }

    @Test
    void positionsCountCodePointsWhenEmojiAreInsertedBefore() {
        String quote = "wrote that the talks were a step forward \uD83D\uDE80";
        Briefing before = addLedeParagraph(seed(), "lede.p2",
                "After the summit Abe posted \uD83C\uDDEF\uD83C\uDDF5\uD83E\uDD1D\uD83C\uDDF7\uD83C\uDDFA and " + quote
                        + " for both sides.");
        Annotation annotation = annotate(before, quote);
        String inserted = "\uD83C\uDF8C\uD83C\uDF8C Breaking: ";
        Briefing after = editUnit(before, "lede.p2", t -> inserted + t);
        CanonicalText newText = text(after);

        Placement placement = Reanchorer.place(annotation, newText, after.contentHash());

        assertThat(placement.method()).isEqualTo(Method.QUOTE);
        assertPlaced(placement, newText, after.contentHash(), quote);
        assertThat(placement.annotation().target().position().start())
                .isEqualTo(annotation.target().position().start() + inserted.codePointCount(0, inserted.length()))
                .isNotEqualTo(annotation.target().position().start() + inserted.length());
    }

    @Test
    void anApproximateMatchNeverSplitsASurrogatePair() {
        String rocket = "\uD83D\uDE80";
        String satellite = "\uD83D\uDEF0";
        String quote = "wrote that the talks were a step forward " + rocket;
        Briefing before = addLedeParagraph(seed(), "lede.p2", "After the summit Abe " + quote + " for both sides.");
        Annotation annotation = annotate(before, quote);
        // Same high surrogate, another low one: an edit-distance match could stop between the two halves.
        Briefing after = editUnit(before, "lede.p2", t -> t.replace(rocket, satellite));
        CanonicalText newText = text(after);

        Placement placement = Reanchorer.place(annotation, newText, after.contentHash());

        assertThat(placement.method()).isEqualTo(Method.FUZZY);
        assertPlaced(placement, newText, after.contentHash(), "wrote that the talks were a step forward " + satellite);
    }
}
