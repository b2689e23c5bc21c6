package org.briefingreader.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.ListMark;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;

/** Briefings for tests: a rich one, a minimal one, and seeded random ones. */
public final class SampleBriefings {
    /** Zone ids in a fixed order, so a seed always picks the same zone. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final String[] WORDS = {"Japan", "Russia", "Kuril", "islands", "détente", "Ōita", "Москва",
        "北方領土", "—", "“quoted”", "it’s", "\u00a0", "😀", "🇯🇵", "a\tb", "line\nbreak", "\\back\\slash",
        "\"double\"", "</script>", "&amp;", "100%", "e\u0301", "\u200b", "x"};

    private SampleBriefings() {
    }

    /** Every optional present, several sections, non-ASCII text, published in New York. */
    public static Briefing rich() {
        return rich(ZonedDateTime.of(2018, 5, 25, 4, 30, 0, 0, ZoneId.of("America/New_York")));
    }

    /** The rich briefing published at {@code published}. */
    public static Briefing rich(ZonedDateTime published) {
        return new Briefing(
                "japan-wants-closer-relations-with-russia-2018-05-25",
                "Japan Wants Closer Relations With Russia. Good Luck With That.",
                Optional.of("Tokyo’s courtship of Moscow — and why it stalls"),
                Optional.of("Stratfor"),
                Optional.of(published),
                Optional.of(Duration.ofMinutes(7)),
                Optional.of("Stratfor Worldview\u00a0staff"),
                List.of(new Paragraph("caption.1", "Shinzo Abe and Vladimir Putin in Moscow 😀")),
                List.of(new Paragraph("summary.b1", "Japan wants a peace treaty."),
                        new Paragraph("summary.b2", "Russia wants investment —\u00a0without concessions.")),
                List.of(new Paragraph("lede.p1", "Tokyo keeps trying.\u00a0")),
                List.of(new Section("the-big-picture", "The Big Picture", SectionKind.CONTEXT,
                                List.of(new Paragraph("the-big-picture.p1", "Asia’s balance is shifting."),
                                        new Paragraph("the-big-picture.p2", "Beijing watches closely."))),
                        new Section("the-history", "The History", SectionKind.HISTORY,
                                List.of(new Paragraph("the-history.p1", "The islands were seized in 1945."),
                                        Paragraph.listItem("the-history.p2", "Iturup", ListMark.BULLET),
                                        Paragraph.listItem("the-history.p3", "Kunashir", ListMark.NUMBERED))),
                        new Section("how-it-will-play-out", "How It Will Play Out", SectionKind.OUTLOOK,
                                List.of(new Paragraph("how-it-will-play-out.p1", "Slowly, if at all."))),
                        new Section("notes", "Notes", SectionKind.OTHER, List.of())),
                "japan-russia-2018.txt",
                "sha256:" + "ab".repeat(32),
                Optional.of("© 2018 Stratfor"));
    }

    /** Only what a briefing must have. */
    public static Briefing minimal() {
        return new Briefing("plain-notes", "Plain notes", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                "plain-notes.txt", "sha256:" + "00".repeat(32), Optional.empty());
    }

    /** The same briefing under another id, for stores holding several. */
    public static Briefing withId(Briefing b, String id) {
        return new Briefing(id, b.title(), b.subtitle(), b.source(), b.published(), b.readTime(), b.byline(),
                b.captions(), b.summary(), b.lede(), b.sections(), b.originalFileName(), b.contentHash(),
                b.copyright());
    }

    /** A briefing whose every choice (fields present, text, zone, sizes) follows from {@code seed}. */
    public static Briefing random(long seed) {
        Random r = new Random(seed);
        String title = text(r, 1 + r.nextInt(8));
        Optional<ZonedDateTime> published = maybe(r, () -> time(r));
        String fileName = text(r, 2) + (r.nextBoolean() ? ".txt" : ".json");
        String id = Ids.briefingId(title, published.map(ZonedDateTime::toLocalDate), fileName);
        List<Section> sections = new ArrayList<>();
        int sectionCount = r.nextInt(6);
        for (int s = 0; s < sectionCount; s++) {
            SectionKind kind = SectionKind.values()[r.nextInt(SectionKind.values().length)];
            String heading = r.nextInt(10) == 0 ? "" : text(r, 1 + r.nextInt(5));
            sections.add(new Section("s" + s, heading, kind, paragraphs(r, "s" + s + ".p", r.nextInt(5))));
        }
        return new Briefing(id, title,
                maybe(r, () -> text(r, 1 + r.nextInt(12))),
                maybe(r, () -> text(r, 1 + r.nextInt(3))),
                published,
                maybe(r, () -> Duration.ofSeconds(r.nextInt(20_000), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0)),
                maybe(r, () -> text(r, 1 + r.nextInt(4))),
                paragraphs(r, "caption.", r.nextInt(3)),
                paragraphs(r, "summary.b", r.nextInt(4)),
                paragraphs(r, "lede.p", r.nextInt(4)),
                sections,
                fileName,
                "sha256:" + String.format("%064x", new java.math.BigInteger(256, r)),
                maybe(r, () -> "© " + (1990 + r.nextInt(40)) + " " + text(r, 2)));
    }

    private static ZonedDateTime time(Random r) {
        Instant instant = LocalDate.of(1900, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds((long) (r.nextDouble() * 200 * 365.25 * 86_400))
                .plusNanos(r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
        ZoneId zone;
        switch (r.nextInt(5)) {
            case 0:
                zone = ZoneOffset.ofTotalSeconds((r.nextInt(48) - 24) * 1800);
                break;
            case 1:
                zone = ZoneId.of(r.nextBoolean() ? "GMT" : "UTC");
                break;
            default:
                zone = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
        }
        return instant.atZone(zone);
    }

    private static List<Paragraph> paragraphs(Random r, String idPrefix, int count) {
        List<Paragraph> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Paragraph(idPrefix + i, text(r, 1 + r.nextInt(40)),
                    r.nextInt(4) == 0 ? Optional.of(ListMark.values()[r.nextInt(2)]) : Optional.empty()));
        }
        return list;
    }

    /** Words from a pool rich in what breaks encoders; always holds a letter, so never blank. */
    private static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder("W");
        for (int i = 0; i < words; i++) {
            sb.append(r.nextInt(4) == 0 ? "\u00a0" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static <T> Optional<T> maybe(Random r, Supplier<T> value) {
        return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }
}
