package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports all 509 posts of {@code ../shared/corpus/18f-blog} (YAML front matter, Markdown with raw HTML and
 * template tags) and checks each against its own front matter and {@code ## } headings. Figures go to stderr.
 *
 * <p>Measured: all import; every front matter title, excerpt and date is taken; 1,043 of 1,043 (100%) of the {@code ## }
 * headings outside code become sections.
 */
class EighteenFBlogCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "18f-blog", "posts");
    /** An inline code span showing a Markdown link: `### [Preview](url)`. */
    private static final Pattern CODE_SPAN_WITH_LINK = Pattern.compile("`([^`\\n]*\\]\\([^`\\n]*)`");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<Path, String> sources = new LinkedHashMap<>();
    private static final Map<Path, Map<?, ?>> frontMatter = new LinkedHashMap<>();
    private static final Map<Path, Briefing> briefings = new LinkedHashMap<>();
    private static final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void importTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "18F blog corpus absent: " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        MarkdownBriefingParser parser = new MarkdownBriefingParser();
        for (Path file : files) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            sources.put(file, source);
            String[] parts = source.split("(?m)^---\\s*$", 3);
            frontMatter.put(file, YAML.readValue(parts[1], Map.class));
            try {
                briefings.put(file, parser.parse(file).briefing());
            } catch (BriefingInputException e) {
                failures.add(e.getMessage());
            }
        }
    }

    @Test
    void everyPostImports() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(500);
        assertThat(failures).isEmpty();
    }

    @Test
    void titleSummaryAndBylineComeFromTheFrontMatter() {
        briefings.forEach((file, b) -> {
            Map<?, ?> front = frontMatter.get(file);
            assertThat(b.title()).as(file.toString())
                    .isEqualTo(Parser.unescapeEntities(normal(front.get("title")).replaceAll("<[^>]+>", ""), false));
            Object excerpt = front.get("excerpt") != null ? front.get("excerpt") : front.get("description");
            if (excerpt != null && !normal(excerpt).isEmpty()) {
                // The excerpt as text: HTML tags in it are markup, not words.
                String words = key(Parser.unescapeEntities(normal(excerpt).replaceAll("<[^>]+>", ""), false));
                assertThat(b.summary()).as(file.toString()).hasSize(1);
                assertThat(key(b.summary().get(0).text())).as(file.toString()).isEqualTo(words);
            }
            assertThat(b.byline()).as(file.toString()).isPresent();
        });
    }

    @Test
    void publishedIsTheFrontMatterDateOrTheFileNameDate() {
        briefings.forEach((file, b) -> {
            Object date = frontMatter.get(file).get("date");
            String expected = date != null ? String.valueOf(date).substring(0, 10)
                    : file.getFileName().toString().substring(0, 10);
            assertThat(b.published()).as(file.toString())
                    .hasValueSatisfying(p -> assertThat(p.toLocalDate().toString()).isEqualTo(expected));
        });
    }

    @Test
    void noParagraphCarriesMarkupTemplateTagsOrHtml() {
        briefings.forEach((file, b) -> {
            String code = fencedCode(sources.get(file));
            List<String> codeLinks = new ArrayList<>();
            Matcher span = CODE_SPAN_WITH_LINK.matcher(sources.get(file));
            while (span.find()) {
                codeLinks.add(span.group(1).substring(0, Math.min(15, span.group(1).length())));
            }
            for (Paragraph p : b.allUnits()) {
                if (code.contains(p.text().substring(0, Math.min(30, p.text().length())))
                        || codeLinks.stream().anyMatch(p.text()::contains)) {
                    continue; // a code sample shows markup as it is
                }
                assertThat(p.text()).as(file + " " + p.id())
                        .doesNotContain("{%", "{{", "**")
                        .doesNotContainPattern("<(?:div|img|p|span|figure)\\s[^>]*>|<br\\s*/?>") // with attributes: markup, not a mention
                        // A target with a space ("](https://x/> y)") is no link in CommonMark: its brackets are text.
                        .doesNotContainPattern("\\]\\([^)\\s]*\\)");
            }
        });
    }

    @Test
    void everyLevelTwoHeadingBecomesASection() {
        int expected = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<Path, Briefing> e : briefings.entrySet()) {
            Set<String> keys = new HashSet<>();
            for (Section s : e.getValue().sections()) {
                keys.add(key(s.heading()));
            }
            for (String heading : levelTwoHeadings(sources.get(e.getKey()))) {
                expected++;
                if (keys.contains(key(heading))) {
                    found++;
                } else {
                    missed.add(e.getKey().getFileName() + ": " + heading);
                }
            }
        }
        System.err.printf("18F blog: %d posts; %d of %d '## ' headings found as sections (%.1f%%); missed %s%n",
                briefings.size(), found, expected, 100.0 * found / Math.max(1, expected), missed);
        assertThat(expected).isGreaterThan(500);
        assertThat(missed).isEmpty();
    }

    /**
     * The {@code ## } lines of the body outside code fences and {@code <pre>} blocks, markup removed; a
     * "Contents" heading is left out (the importer drops it with its list, by design).
     */
    private static List<String> levelTwoHeadings(String source) {
        List<String> headings = new ArrayList<>();
        boolean fenced = false;
        boolean inPre = false;
        String body = source.split("(?m)^---\\s*$", 3)[2];
        for (String line : body.split("\\R")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (line.contains("<pre")) {
                inPre = !line.contains("</pre>");
            } else if (line.contains("</pre>")) {
                inPre = false;
            } else if (!fenced && !inPre && line.startsWith("## ") && !line.matches("(?i)## (table of )?contents\\s*")) {
                String text = line.substring(3).replaceAll("\\s#+\\s*$", "")
                        .replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "")
                        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
                if (!key(text).isEmpty()) {
                    headings.add(text.strip());
                }
            }
        }
        return headings;
    }

    private static String fencedCode(String source) {
        StringBuilder code = new StringBuilder();
        boolean fenced = false;
        for (String line : source.split("\\R")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (fenced) {
                code.append(line.strip()).append(' ');
            }
        }
        return normal(code);
    }

    private static String normal(Object value) {
        return String.valueOf(value).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
