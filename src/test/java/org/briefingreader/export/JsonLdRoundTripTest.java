package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingreader.domain.annotation.Anchoring;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationTarget;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.Motivation;
import org.briefingreader.domain.annotation.TextPositionSelector;
import org.briefingreader.domain.annotation.TextQuoteSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the JSON-LD exporter writes, the reader gives back: every field of every annotation, and the colours. */
class JsonLdRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void sampleReadsBackAsTheSameAnnotationsAndCategories() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();
        List<Annotation> written = flatten(sample);
        // The sample is only a fair test if it has what is easy to lose: orphans, a deleted briefing, emoji, tabs.
        assertThat(written).anyMatch(Annotation::isOrphan).anyMatch(a -> a.briefingId().equals("deleted-briefing-2019"))
                .anyMatch(a -> a.target().quote().exact().contains("\uD83D\uDE00"))
                .anyMatch(a -> a.tags().contains("tab inside"))
                .anyMatch(a -> a.note().isEmpty());

        ImportedNotes read = writeAndRead(sample);

        assertThat(read.annotations()).containsExactlyElementsOf(written);
        assertThat(read.categories()).containsExactlyInAnyOrderElementsOf(Category.DEFAULTS);
    }

    @Test
    void fieldsSurviveOneByOne() throws Exception {
        ExportedNotes sample = ExportFixtures.sample();

        List<Annotation> read = writeAndRead(sample).annotations();

        // Spelled out, so a failure names the field that was lost rather than two long records.
        List<Annotation> written = flatten(sample);
        for (int i = 0; i < written.size(); i++) {
            Annotation w = written.get(i);
            Annotation r = read.get(i);
            assertThat(r.id()).isEqualTo(w.id());
            assertThat(r.created()).isEqualTo(w.created());
            assertThat(r.modified()).isEqualTo(w.modified());
            assertThat(r.motivation()).isEqualTo(w.motivation());
            assertThat(r.target().briefingId()).isEqualTo(w.target().briefingId());
            assertThat(r.target().unitIds()).isEqualTo(w.target().unitIds());
            assertThat(r.target().quote()).isEqualTo(w.target().quote());
            assertThat(r.target().position()).isEqualTo(w.target().position());
            assertThat(r.note()).isEqualTo(w.note());
            assertThat(r.tags()).isEqualTo(w.tags());
            assertThat(r.category()).isEqualTo(w.category());
            assertThat(r.anchoredTo()).isEqualTo(w.anchoredTo());
            assertThat(r.anchoring()).isEqualTo(w.anchoring());
        }
    }

    @Test
    void randomAnnotationsReadBackEqual() throws Exception {
        Random random = new Random(20261130L);
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            annotations.add(randomAnnotation(random));
        }
        ExportedNotes notes = new ExportedNotes(Instant.parse("2026-11-30T12:00:00.5Z"), "random",
                annotations.stream().collect(Collectors.groupingBy(Annotation::briefingId,
                        java.util.LinkedHashMap::new, Collectors.toList())).entrySet().stream()
                        .map(e -> new BriefingNotes(e.getKey(), Optional.empty(), e.getValue())).toList(),
                List.of());

        ImportedNotes read = writeAndRead(notes);

        assertThat(read.annotations()).containsExactlyElementsOf(flatten(notes));
        assertThat(read.categories()).isEmpty();
    }

    @Test
    void emptyExportReadsBackEmpty() throws Exception {
        ImportedNotes read = writeAndRead(new ExportedNotes(ExportFixtures.EXPORTED, "tag nothing", List.of(),
                Category.DEFAULTS));

        assertThat(read.annotations()).isEmpty();
    }

    private ImportedNotes writeAndRead(ExportedNotes notes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdNotesExporter().write(notes, out);
        Path file = dir.resolve("notes.jsonld");
        Files.write(file, out.toByteArray());
        return new JsonLdNotesReader().read(file);
    }

    static List<Annotation> flatten(ExportedNotes notes) {
        return notes.briefings().stream().flatMap(b -> b.annotations().stream()).toList();
    }

    private static Annotation randomAnnotation(Random random) {
        Instant created = Instant.ofEpochSecond(1_500_000_000L + random.nextInt(400_000_000), random.nextInt(1000)
                * (random.nextBoolean() ? 1_000_000 : 1));
        Instant modified = created.plusMillis(random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000));
        int start = random.nextInt(100_000);
        List<String> units = new ArrayList<>();
        for (int u = random.nextInt(3); u > 0; u--) {
            units.add("section-" + random.nextInt(20) + ".p" + (1 + random.nextInt(9)));
        }
        AnnotationTarget target = new AnnotationTarget("briefing-" + random.nextInt(4), units,
                new TextQuoteSelector(text(random, 1 + random.nextInt(80)), text(random, random.nextInt(33)),
                        text(random, random.nextInt(33))),
                new TextPositionSelector(start, start + 1 + random.nextInt(500)));
        Optional<String> note = random.nextBoolean() ? Optional.of(text(random, 1 + random.nextInt(300)))
                : Optional.empty();
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            // At most 25 code points: a tag's limit counts UTF-16 units, and an emoji is two.
            tags.add(text(random, 1 + random.nextInt(25)));
        }
        Optional<String> category = random.nextBoolean() ? Optional.of("cat " + text(random, 1 + random.nextInt(15)))
                : Optional.empty();
        Motivation motivation = Motivation.values()[random.nextInt(Motivation.values().length)];
        Anchoring anchoring = random.nextInt(4) == 0 ? Anchoring.ORPHAN : Anchoring.ANCHORED;
        return new Annotation(new UUID(random.nextLong(), random.nextLong()), created, modified, motivation, target,
                note, tags, category, "sha256:" + Long.toHexString(random.nextLong()), anchoring);
    }

    /** Text mixing ASCII, JSON's special characters, controls, accents, CJK and characters beyond U+FFFF. */
    private static String text(Random random, int length) {
        String[] pieces = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "é", "\u00a0", "—", "中",
            "\uD83D\uDE00", "\uD840\uDC00", "<", "&", "{", "}", ":", "#", "\u2028", "\uFEFF"};
        StringBuilder sb = new StringBuilder();
        while (sb.codePointCount(0, sb.length()) < length) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        String s = sb.toString();
        return s.isBlank() ? "x" + s : s;
    }
}
