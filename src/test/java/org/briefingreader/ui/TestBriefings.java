package org.briefingreader.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;

/**
 * Briefings built by hand for UI tests: one shaped like the seed briefing (text © Stratfor, paragraphs cut to
 * their first sentences) and small ones to fill a list.
 */
public final class TestBriefings {
    public static final String JAPAN_RUSSIA_TITLE = "Japan Wants Closer Relations With Russia. Good Luck With That.";
    public static final String JAPAN_RUSSIA_ID =
            "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";
    /** The seed's section headings, in order. */
    public static final List<String> JAPAN_RUSSIA_HEADINGS = List.of(
            "The Big Picture",
            "The History",
            "What Japan and Russia Want",
            "Tokyo's Unambitious Plan",
            "Little Progress",
            "Why There's Been No Progress",
            "How It Will Play Out");

    private TestBriefings() {
    }

    /** Like the seed: 2018-05-25 08:30 GMT, 7 min read, a caption, a subtitle, 3 bullets, a lede, 7 sections. */
    public static Briefing japanRussia() {
        List<Section> sections = List.of(
                section("the-big-picture", "The Big Picture", SectionKind.CONTEXT,
                        "Stratfor's upcoming third-quarter forecast notes that Japan's renewed pursuit of "
                            + "warming ties with Russia could give Russia greater leverage as it seeks to balance "
                            + "its relationship with China. The forecast also notes that Japanese Prime Minister "
                            + "Shinzo Abe will face an uphill political battle in retaining his post in September's"
                            + " party leadership elections."),
                section("the-history", "The History", SectionKind.HISTORY,
                        "Abe has been here before, having met with Putin 20 times in the past six years. The "
                            + "prize is a peace deal officially ending World War II, which would resolve a "
                            + "long-standing contradiction in Japan-Russia relations. The sticking point is "
                            + "sovereignty over a string of islands that Japan calls the Northern Territories and "
                            + "Russia, which holds de facto control over the islands, calls the Southern Kurils."),
                section("what-japan-and-russia-want", "What Japan and Russia Want", SectionKind.MOTIVATIONS,
                        "Japan's motivations are clear: To regain lost territory and foster a closer "
                            + "relationship with Russia, which is a potential Chinese ally and major Eurasian "
                            + "power. Russia's Far East offers the additional enticement of energy and natural "
                            + "resources to resource-poor Japan. Russia's reasons for striking a bargain, however, "
                            + "are equally rooted in geopolitics."),
                section("tokyos-unambitious-plan", "Tokyo's Unambitious Plan", SectionKind.OTHER,
                        "Time is running out for Japan as the period of Japanese control over the islands "
                            + "fades into history and the Japanese nationals who lived on them before Russian rule "
                            + "pass away. With this time frame in mind, for the past two years Abe has pursued a "
                            + "strategy of stepping back from Japan's longtime push for a wholesale return of the "
                            + "islands. Rather, he has pivoted toward reaching a workable agreement that would "
                            + "front-load Japanese economic concessions while holding regular bilateral security "
                            + "and economic dialogue."),
                section("little-progress", "Little Progress", SectionKind.OTHER,
                        "Japan has made little progress toward achieving this goal in the past two years, "
                            + "however, with its lack of success most dramatically demonstrated by a December 2016 "
                            + "Putin-Abe meeting that was laden with expectations for a breakthrough but which "
                            + "produced lackluster results. Since then, Tokyo has carried out a great deal of "
                            + "outreach with slow forward movement on the economic deals that were supposed to be "
                            + "easy wins for Japan. Japan has also made little headway on its hoped-for \"special "
                            + "system\" that would put such economic cooperation under a special legal framework "
                            + "separate from the laws of Japan and Russia."),
                section("why-theres-been-no-progress", "Why There's Been No Progress", SectionKind.CONSTRAINTS,
                        "Japan has not managed to deliver on many of its economic sweeteners. Unlike China, "
                            + "Japan has a hard time directing its corporations and investors toward state goals. "
                            + "For example, concerns about profitability prompted Japanese companies to balk at "
                            + "participating in the renovation of the Khabarovsk Novy Airport in the Russian Far "
                            + "East, which was supposed to be a flagship project.",
                        "The barriers limiting outreach between Russia and Japan are clear \u2014 and "
                            + "enduring. First and foremost is Japan's deeply rooted alliance with the United "
                            + "States. In fact, during the Cold War, U.S. pressure on Tokyo thwarted Moscow's "
                            + "attempts to strike a compromise on the islands by dividing them between Russia and "
                            + "Japan."),
                section("how-it-will-play-out", "How It Will Play Out", SectionKind.OUTLOOK,
                        "This does not mean that Russia will slam the door shut. The Japan-Russia meeting on "
                            + "May 25 and the following months might see the two countries make progress on certain"
                            + " aspects of cooperation, albeit on unambitious timescales and in ways that do not "
                            + "fortify Japan's territorial claims. Knowing that Japan sees it as a route toward "
                            + "reclaiming territory, Russia will continue to play with outreach, blockage and "
                            + "economic cooperation to keep Japan on the hook and create friction between Japan and"
                            + " the United States."));
        return new Briefing(JAPAN_RUSSIA_ID, JAPAN_RUSSIA_TITLE,
                Optional.of("Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have met 20 "
                            + "times over the past six years, including in Tokyo in December 2016, where they "
                            + "watched a judo performance. Scandal has put Abe's political career in jeopardy, "
                            + "adding urgency to his bid to improve relations with Russia."),
                Optional.of("Stratfor"),
                Optional.of(ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneId.of("GMT"))),
                Optional.of(Duration.ofMinutes(7)),
                Optional.empty(),
                List.of(new Paragraph("caption.1",
                        "Japanese Prime Minister Shinzo Abe, third from right, and Russian President Vladimir"
                        + " Putin watch a judo performance in Tokyo on Dec. 16, 2016.")),
                List.of(
                        new Paragraph("summary.b1",
                                "The Japanese prime minister's political troubles will add urgency to his country's "
                                + "bid to improve relations with Russia and resolve their long-standing dispute over "
                                + "contested islands."),
                        new Paragraph("summary.b2",
                                "But the ongoing standoff between Russia and the United States, lackluster Japanese "
                                + "investment in Russia and Moscow's concerns about sovereignty leave little room for a"
                                + " breakthrough that would move beyond the incremental progress of recent years."),
                        new Paragraph("summary.b3",
                                "That said, Russia will maintain its outreach to Japan to gain leverage in the U.S. "
                                + "camp and in an effort to counterbalance China.")),
                List.of(new Paragraph("lede.p1",
                        "With China rising in the Pacific and Japan increasingly frozen out of the Korean "
                        + "Peninsula, Tokyo is hoping for a win with Russia. Warming ties with Moscow would "
                        + "serve Japan's interests well, giving it a greater foothold on the Eurasian landmass "
                        + "and helping it to counterbalance the tentative alignment between China and Russia. "
                        + "In fact, this has been a key goal for Japanese Prime Minister Shinzo Abe since his "
                        + "most recent term as prime minister began in 2012. With Abe's political fortunes in "
                        + "jeopardy and his continued tenure as prime minister in question after September, he "
                        + "will meet with Russian President Vladimir Putin on May 25 and attend numerous events"
                        + " marking the start of what's being called the \"Year of Japan-Russia.\" "
                        + "Domestically, this is an opportunity for Abe to show he has the ability to score a "
                        + "diplomatic victory at a fragile time in his political career.")),
                sections,
                "japan-russia-2018.txt",
                "sha256:" + "0".repeat(64),
                Optional.of("Copyright \u00a9 Stratfor Enterprises, LLC. All rights reserved."));
    }

    /**
     * A small briefing from "source": {@code sectionCount} sections of two paragraphs, published at noon UTC
     * on {@code date} (undated when empty).
     */
    public static Briefing simple(String title, Optional<LocalDate> date, int sectionCount) {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= sectionCount; i++) {
            String id = "part-" + i;
            sections.add(new Section(id, "Part " + i, SectionKind.OTHER, List.of(
                    new Paragraph(id + ".p1", "The first paragraph of part " + i + " of " + title + "."),
                    new Paragraph(id + ".p2", "The second paragraph of part " + i + "."))));
        }
        return new Briefing(Ids.briefingId(title, date, "simple.txt"), title, Optional.empty(),
                Optional.of("Test Desk"), date.map(d -> d.atTime(12, 0).atZone(ZoneId.of("UTC"))),
                Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(new Paragraph("lede.p1", "What " + title + " is about.")), sections,
                "simple.txt", "sha256:" + "1".repeat(64), Optional.empty());
    }

    private static Section section(String id, String heading, SectionKind kind, String... paragraphs) {
        List<Paragraph> units = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            units.add(new Paragraph(id + ".p" + (i + 1), paragraphs[i]));
        }
        return new Section(id, heading, kind, units);
    }
}
