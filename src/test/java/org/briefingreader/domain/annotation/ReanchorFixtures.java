package org.briefingreader.domain.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.ingest.text.PlainTextBriefingParser;

/** The seed briefing, edited copies of it, and annotations on its real sentences, for the re-anchoring tests. */
final class ReanchorFixtures {
    private static final Path SAMPLE = Path.of("samples", "japan-russia-2018.txt");
    private static final Path SHARED = Path.of("..", "shared", "seed", "japan-russia-2018.txt");
    private static final Instant MADE = Instant.parse("2026-01-05T09:00:00Z");

    private ReanchorFixtures() {
    }

    /** The seed briefing as the real text importer reads it (the shipped sample, else the shared seed). */
    static Briefing seed() {
        Path file = Files.isRegularFile(SAMPLE) ? SAMPLE : SHARED;
        assumeTrue(Files.isRegularFile(file), "seed briefing absent: neither " + SAMPLE.toAbsolutePath() + " nor "
                + SHARED.toAbsolutePath());
        try {
            return new PlainTextBriefingParser().parse(file).briefing();
        } catch (BriefingInputException e) {
            throw new AssertionError("the seed must import: " + e.getMessage(), e);
        }
    }

    /** An annotation on the {@code occurrence}-th (0-based) place of {@code quote} in the briefing's canonical text. */
    static Annotation annotate(Briefing briefing, String quote, int occurrence) {
        CanonicalText text = CanonicalText.of(briefing);
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.text().indexOf(quote, at + 1);
            assertThat(at).as("occurrence %d of '%s'", i, quote).isNotNegative();
        }
        AnnotationTarget target = text.target(briefing.id(), at, at + quote.length());
        return new Annotation(UUID.nameUUIDFromBytes(quote.getBytes(StandardCharsets.UTF_8)), MADE, MADE,
                Motivation.HIGHLIGHTING, target, Optional.empty(), List.of(), Optional.empty(),
                briefing.contentHash(), Anchoring.ANCHORED);
    }

    static Annotation annotate(Briefing briefing, String quote) {
        return annotate(briefing, quote, 0);
    }

    /** The briefing with one unit's text changed (the hash follows the text, as a re-import would). */
    static Briefing editUnit(Briefing b, String unitId, UnaryOperator<String> edit) {
        assertThat(b.unit(unitId)).as("unit %s", unitId).isPresent();
        return rebuild(b, p -> p.id().equals(unitId) ? new Paragraph(p.id(), edit.apply(p.text())) : p,
                b.sections());
    }

    /** The briefing with every unit's text changed by {@code edit}. */
    static Briefing editAll(Briefing b, UnaryOperator<String> edit) {
        return rebuild(b, p -> new Paragraph(p.id(), edit.apply(p.text())), b.sections());
    }

    /** The briefing without the paragraph {@code unitId} (a section paragraph). */
    static Briefing removeParagraph(Briefing b, String unitId) {
        List<Section> sections = new ArrayList<>();
        for (Section s : b.sections()) {
            sections.add(new Section(s.id(), s.heading(), s.kind(),
                    s.paragraphs().stream().filter(p -> !p.id().equals(unitId)).toList()));
        }
        return rebuild(b, p -> p, sections);
    }

    /** The briefing with section paragraph {@code unitId} moved to the end of {@code toSection} as {@code newId}. */
    static Briefing moveParagraph(Briefing b, String unitId, String toSection, String newId) {
        Paragraph moved = b.unit(unitId).orElseThrow();
        Briefing without = removeParagraph(b, unitId);
        List<Section> sections = new ArrayList<>();
        for (Section s : without.sections()) {
            List<Paragraph> paragraphs = new ArrayList<>(s.paragraphs());
            if (s.id().equals(toSection)) {
                paragraphs.add(new Paragraph(newId, moved.text()));
            }
            sections.add(new Section(s.id(), s.heading(), s.kind(), paragraphs));
        }
        return rebuild(without, p -> p, sections);
    }

    /** The briefing with a lede paragraph added after the others. */
    static Briefing addLedeParagraph(Briefing b, String id, String text) {
        List<Paragraph> lede = new ArrayList<>(b.lede());
        lede.add(new Paragraph(id, text));
        Briefing added = new Briefing(b.id(), b.title(), b.subtitle(), b.source(), b.published(), b.readTime(),
                b.byline(), b.captions(), b.summary(), lede, b.sections(), b.originalFileName(), "", b.copyright());
        return rebuild(added, p -> p, added.sections());
    }

    /**
     * A long briefing made of a real text file (a CRS report from the shared corpus): blocks between blank lines
     * become paragraphs, twenty to a section. The test is skipped when the corpus is absent.
     */
    static Briefing largeBriefing(Path file) throws java.io.IOException {
        assumeTrue(Files.isRegularFile(file), "corpus file absent: " + file.toAbsolutePath());
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : content.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                paragraphs.add(new Paragraph("part-" + (paragraphs.size() / 20 + 1) + ".p"
                        + (paragraphs.size() % 20 + 1), block.strip()));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int from = 0; from < paragraphs.size(); from += 20) {
            String id = "part-" + (from / 20 + 1);
            sections.add(new Section(id, "Part " + (from / 20 + 1), org.briefingreader.domain.SectionKind.OTHER,
                    paragraphs.subList(from, Math.min(paragraphs.size(), from + 20))));
        }
        Briefing draft = new Briefing("large-report", "A long report", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), sections,
                file.getFileName().toString(), "", Optional.empty());
        return rebuild(draft, p -> p, draft.sections());
    }

    /** The canonical text of a briefing. */
    static CanonicalText text(Briefing b) {
        return CanonicalText.of(b);
    }

    private static Briefing rebuild(Briefing b, UnaryOperator<Paragraph> unit, List<Section> sections) {
        List<Section> edited = new ArrayList<>();
        for (Section s : sections) {
            edited.add(new Section(s.id(), s.heading(), s.kind(), s.paragraphs().stream().map(unit).toList()));
        }
        Briefing draft = new Briefing(b.id(), b.title(), b.subtitle(), b.source(), b.published(), b.readTime(),
                b.byline(), b.captions().stream().map(unit).toList(), b.summary().stream().map(unit).toList(),
                b.lede().stream().map(unit).toList(), edited, b.originalFileName(), "", b.copyright());
        return new Briefing(b.id(), b.title(), b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                draft.captions(), draft.summary(), draft.lede(), draft.sections(), b.originalFileName(),
                hash(CanonicalText.of(draft).text()), b.copyright());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
