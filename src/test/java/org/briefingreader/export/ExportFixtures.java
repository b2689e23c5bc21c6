package org.briefingreader.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.ingest.text.PlainTextBriefingParser;

/**
 * Notes to export, shared by the exporters' tests: the bundled seed with ordinary annotations, and a briefing whose
 * text and notes hold everything a format must escape (Markdown and HTML syntax, formula starts, line breaks,
 * quotes, emoji), plus an orphan and an annotation of a deleted briefing.
 */
public final class ExportFixtures {
    public static final Instant EXPORTED = Instant.parse("2026-11-30T12:00:00Z");
    public static final String SEED_SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";
    /** Text of the tricky briefing's paragraph: Markdown, HTML and a formula-looking start. */
    public static final String TRICKY_TEXT = "=1+1 is *not* <b>bold</b> & [a link](http://x) | pipe # hash > quote"
            + " `code` \uD83D\uDE00 \"quoted\"";

    private ExportFixtures() {
    }

    public static Briefing seed() throws IOException {
        try {
            return new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        } catch (org.briefingreader.domain.BriefingInputException e) {
            throw new IOException(e.oneLine(), e);
        }
    }

    public static Briefing tricky() {
        return new Briefing("tricky-2020-01-02", "<script>alert(1)</script> & *Stars*", Optional.empty(),
                Optional.of("Source \"Q\" & Co"), Optional.of(ZonedDateTime.of(2020, 1, 2, 9, 0, 0, 0,
                        ZoneId.of("UTC"))), Optional.of(Duration.ofMinutes(3)), Optional.of("=cmd|' /C calc'!A0"),
                List.of(), List.of(), List.of(new Paragraph("lede.p1", TRICKY_TEXT)),
                List.of(new Section("a-heading", "# Not a heading", SectionKind.OTHER,
                        List.of(new Paragraph("a-heading.p1", "-1 starts with minus\nand has a line break.")))),
                "tricky.txt", "sha256:" + "c".repeat(64), Optional.empty());
    }

    /** An annotation of {@code quote} (its first occurrence) in {@code briefing}. */
    public static Annotation annotate(Briefing briefing, String quote, Optional<String> note, List<String> tags,
            Optional<String> category, Instant created) {
        CanonicalText text = CanonicalText.of(briefing);
        int[] range = text.folded().find(quote).get(0);
        return new Annotation(UUID.nameUUIDFromBytes((briefing.id() + quote).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), created, created.plusSeconds(30),
                Motivation.implied(note, tags), text.target(briefing.id(), range[0], range[1]), note, tags, category,
                briefing.contentHash(), Anchoring.ANCHORED);
    }

    /** Seed (3 annotations, one an orphan), tricky briefing (2), a deleted briefing (1 orphan): 6 in all. */
    public static ExportedNotes sample() throws IOException {
        Briefing seed = seed();
        Briefing tricky = tricky();
        Instant t = Instant.parse("2026-11-29T08:00:00Z");
        List<Annotation> seedNotes = new ArrayList<>();
        seedNotes.add(annotate(seed, SEED_SENTENCE, Optional.of("Compare the 2016 deals.\n\nSecond paragraph."),
                List.of("economy", "sweeteners"), Optional.of("evidence"), t));
        seedNotes.add(annotate(seed, "Time is running out for Japan", Optional.empty(), List.of(),
                Optional.of("key judgement"), t.plusSeconds(60)));
        Annotation lost = annotate(seed, "The prize is a peace deal", Optional.of("Was in The History."),
                List.of("treaty"), Optional.empty(), t.plusSeconds(120));
        seedNotes.add(lost.withTarget(lost.target(), lost.anchoredTo(), Anchoring.ORPHAN));
        List<Annotation> trickyNotes = List.of(
                annotate(tricky, TRICKY_TEXT, Optional.of("=HYPERLINK(\"http://evil\")\n<i>note</i> *md*"),
                        List.of("@mention", "+plus", "tab\tinside"), Optional.of("question"), t.plusSeconds(180)),
                annotate(tricky, "-1 starts with minus", Optional.of("\tstarts with a tab"), List.of(),
                        Optional.of("disagree"), t.plusSeconds(240)));
        Annotation gone = annotate(seed, "Abe has been here before", Optional.of("Its briefing was deleted."),
                List.of(), Optional.empty(), t.plusSeconds(300));
        Annotation deleted = new Annotation(gone.id(), gone.created(), gone.modified(), gone.motivation(),
                new org.briefingreader.domain.annotation.AnnotationTarget("deleted-briefing-2019",
                        gone.target().unitIds(), gone.target().quote(), gone.target().position()),
                gone.note(), gone.tags(), gone.category(), gone.anchoredTo(), Anchoring.ORPHAN);
        return new ExportedNotes(EXPORTED, "the library", List.of(
                new BriefingNotes(seed.id(), Optional.of(seed), seedNotes),
                new BriefingNotes(tricky.id(), Optional.of(tricky), trickyNotes),
                new BriefingNotes("deleted-briefing-2019", Optional.empty(), List.of(deleted))),
                Category.DEFAULTS);
    }
}
