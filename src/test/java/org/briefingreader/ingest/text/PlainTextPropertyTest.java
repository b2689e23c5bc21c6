package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.ingest.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomly laid-out briefings (seeded, so a failure replays): headings, summary, lede and paragraph texts
 * shuffled, line ends, wrapping and non-breaking spaces varied; the importer must find exactly the headings
 * put in, give unique ids, and keep every word of every line outside the footer, and only those.
 */
class PlainTextPropertyTest {
    private static final String[] WORDS = {"ministers", "agreed", "talks", "border", "trade", "islands", "energy",
        "pressure", "sanctions", "alliance", "economy", "investment", "treaty", "summit", "forecast", "leverage",
        "region", "security", "interests", "partners", "would", "could", "the", "of", "and", "with", "over"};
    private static final String[] HEADINGS = {"The Big Picture", "The History", "What Comes Next", "Background",
        "Little Progress", "Why It Matters", "How It Will Play Out", "Key Players", "Tokyo's Plan"};
    private static final String[] MARKERS = {"•", "-", "*", "–"};
    private static final List<String> FOOTER = List.of("Article Search",
            "Copyright © Example Media, LLC. All rights reserved.", "Example Worldview",
            "Helping members navigate a complex world.");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void headingsIdsAndWordsSurviveAnyLayout(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(12); i < n; i++) {
            paragraphs.add(paragraph(random));
        }
        Collections.shuffle(paragraphs, random);

        List<String> blocks = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        add(blocks, kept, "Report " + sentence(random).replace(".", ""));
        if (random.nextBoolean()) {
            if (random.nextBoolean()) {
                add(blocks, kept, sentence(random));
            }
            StringBuilder list = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                String item = sentence(random);
                kept.add(item);
                list.append(" ".repeat(random.nextInt(4))).append(MARKERS[random.nextInt(MARKERS.length)])
                        .append(' ').append(item).append('\n');
            }
            blocks.add(list.toString().stripTrailing());
        }
        int next = 0;
        for (int i = random.nextInt(3); i > 0 && next < paragraphs.size(); i--) {
            add(blocks, kept, paragraphs.get(next++));
        }
        while (next < paragraphs.size()) {
            String heading = HEADINGS[random.nextInt(HEADINGS.length)];
            add(blocks, kept, heading);
            headings.add(heading);
            for (int i = 1 + random.nextInt(2); i > 0 && next < paragraphs.size(); i--) {
                add(blocks, kept, paragraphs.get(next++));
            }
        }
        boolean footer = random.nextBoolean();
        if (footer) {
            blocks.addAll(FOOTER);
        }

        Briefing b = new PlainTextBriefingParser().read(source(layout(blocks, random))).briefing();

        assertThat(b.sections()).extracting(Section::heading).containsExactlyElementsOf(headings);
        List<String> ids = new ArrayList<>(b.sections().stream().map(Section::id).toList());
        b.allUnits().forEach(p -> ids.add(p.id()));
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(wordCounts(output(b))).isEqualTo(wordCounts(kept));
        assertThat(b.copyright().isPresent()).isEqualTo(footer);
    }

    private static void add(List<String> blocks, List<String> kept, String text) {
        blocks.add(text);
        kept.add(text);
    }

    /** Blocks joined by one or two blank lines (some holding spaces or U+00A0), with LF or CRLF ends, some wrapped. */
    private static String layout(List<String> blocks, Random random) {
        StringBuilder text = new StringBuilder();
        for (String block : blocks) {
            // Only running text is hard-wrapped: a wrapped heading or title is no longer one line.
            boolean prose = block.endsWith(".") && !block.contains("\n");
            String wrapped = prose && random.nextInt(3) == 0 ? block.replaceFirst(" (\\S+ \\S+)$", "\n$1") : block;
            String spaced = random.nextInt(4) == 0 ? wrapped.replaceFirst(" ", "\u00A0") + "\u00A0" : wrapped;
            text.append(spaced).append('\n');
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? " \u00A0" : "").append('\n');
            }
        }
        String lf = text.toString();
        return random.nextBoolean() ? lf : lf.replace("\n", "\r\n");
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder(sentence(random));
        for (int i = random.nextInt(3); i > 0; i--) {
            text.append(' ').append(sentence(random));
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder("Officials");
        for (int i = 0, n = 7 + random.nextInt(9); i < n; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static List<String> output(Briefing b) {
        List<String> texts = new ArrayList<>();
        texts.add(b.title());
        b.subtitle().ifPresent(texts::add);
        for (Paragraph p : b.allUnits()) {
            texts.add(p.text());
        }
        b.sections().forEach(s -> texts.add(s.heading()));
        return texts;
    }

    private static Map<String, Integer> wordCounts(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (String word : text.split("[\\s\\p{Z}]+")) {
                if (!word.isEmpty()) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static SourceText source(String text) {
        return new SourceText(Path.of("random.txt"), text, "sha256:00", List.of());
    }
}
