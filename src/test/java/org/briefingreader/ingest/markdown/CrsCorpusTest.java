package org.briefingreader.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports every Congressional Research Service web clip of {@code ../shared/corpus/crs-dev} and checks the result
 * against what each source file itself says: its {@code # } title line, its {@code **Publication Date:**}, its
 * authors, its navigation lines and disclaimer, and its {@code # Contents} list. Figures go to stderr.
 *
 * <p>Measured (46 files): all import; 316 Contents entries in 16 reports, all 316 found as section headings
 * (one only as a heading broken over two lines, one only with "119th" printed as "119"); 84 headings in those
 * reports are not Contents entries: 15 "Summary" and 15 "Footnotes" (which the Contents list leaves out), and
 * appendix and third-level headings that the page's Contents does not go down to ("Farm Service Agency",
 * "Appendix A. Grant Programs"), all read as real headings by eye.
 */
class CrsCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "crs-dev");
    private static final Pattern TITLE_LINE = Pattern.compile("\\A# (.+)");
    private static final Pattern DATE = Pattern.compile("\\*\\*Publication Date:\\*\\*[\\s|]*(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern AUTHORS = Pattern.compile("(?m)^\\|?\\s*\\*\\*Authors?(?:\\(s\\))?:\\*\\*\\s*\\|?\\s*(.+)$");
    /** A line of links and separators only: a menu, a version, a "Download PDF" link. */
    private static final Pattern LINK_ONLY = Pattern.compile("^(?:-\\s+)?(?:\\[([^\\]]+)\\]\\([^)]*\\)[\\s|>·]*)+$");
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^- \\[(.+)\\]\\([^)]*\\)\\s*$");

    private static final Map<Path, String> sources = new LinkedHashMap<>();
    private static final Map<Path, Briefing> briefings = new LinkedHashMap<>();
    private static final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void importTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "CRS corpus absent: " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(f -> f.toString().endsWith(".md") && !f.getParent().equals(CORPUS)).sorted().toList();
        }
        MarkdownBriefingParser parser = new MarkdownBriefingParser();
        for (Path file : files) {
            sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            try {
                briefings.put(file, parser.parse(file).briefing());
            } catch (BriefingInputException e) {
                failures.add(e.getMessage());
            }
        }
    }

    @Test
    void everyFileImports() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(40);
        assertThat(failures).isEmpty();
    }

    @Test
    void titleIsTheFirstTitleLineOfTheSource() {
        briefings.forEach((file, b) -> {
            Matcher m = TITLE_LINE.matcher(sources.get(file));
            assertThat(m.find()).as(file.toString()).isTrue();
            assertThat(b.title()).as(file.toString()).isEqualTo(m.group(1).strip());
        });
    }

    @Test
    void publishedIsThePublicationDateTheSourceGives() {
        briefings.forEach((file, b) -> {
            Matcher m = DATE.matcher(sources.get(file));
            assertThat(m.find()).as(file.toString()).isTrue();
            LocalDate expected = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
            assertThat(b.published()).as(file.toString()).hasValueSatisfying(
                    p -> assertThat(p.toLocalDate()).isEqualTo(expected));
        });
    }

    @Test
    void bylineNamesEveryAuthorTheSourceGives() {
        briefings.forEach((file, b) -> {
            Matcher m = AUTHORS.matcher(sources.get(file));
            assertThat(m.find()).as(file.toString()).isTrue();
            for (String author : m.group(1).split(";")) {
                String surname = author.split(",")[0].strip();
                assertThat(b.byline()).as(file.toString()).hasValueSatisfying(s -> assertThat(s).contains(surname));
            }
        });
    }

    @Test
    void noParagraphIsNavigationMarkupOrALinkOnlyLineOfTheSource() {
        briefings.forEach((file, b) -> {
            Set<String> navigation = new HashSet<>();
            for (String line : sources.get(file).split("\\R")) {
                if (LINK_ONLY.matcher(line.strip()).matches()) {
                    Matcher link = LINK_TEXT.matcher(line);
                    while (link.find()) {
                        navigation.add(link.group(1).strip());
                    }
                }
            }
            // A list of figures names captions that the body also prints: only text found nowhere else is navigation.
            String source = key(sources.get(file));
            navigation.removeIf(text -> source.indexOf(key(text)) != source.lastIndexOf(key(text)));
            if (navigation.isEmpty()) {
                throw new AssertionError(file + ": expected navigation lines in a web clip");
            }
            for (Paragraph p : b.allUnits()) {
                assertThat(p.text()).as(file + " " + p.id()).doesNotContain("](http", "Download PDF", "Hide Overview",
                        "PDF Version History", "**");
                assertThat(navigation).as(file + " " + p.id()).doesNotContain(p.text());
            }
        });
    }

    @Test
    void titleIsNotRepeatedInTheBody() {
        briefings.forEach((file, b) -> assertThat(b.allUnits()).as(file.toString()).noneMatch(
                p -> p.text().startsWith(b.title()) && p.text().length() < b.title().length() + 60));
    }

    @Test
    void theDisclaimerFooterIsDropped() {
        briefings.forEach((file, b) -> {
            String source = sources.get(file);
            int at = source.indexOf("Disclaimer:");
            assertThat(at).as(file.toString()).isPositive();
            String disclaimer = source.substring(at + "Disclaimer:".length()).strip().substring(0, 60);
            assertThat(b.allUnits()).as(file.toString()).noneMatch(p -> p.text().contains(disclaimer));
        });
    }

    @Test
    void contentsEntriesBecomeSectionHeadingsAndContentsListsAreNoSections() {
        int entries = 0;
        int found = 0;
        List<String> notListed = new ArrayList<>();
        int reports = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<Path, Briefing> e : briefings.entrySet()) {
            List<String> contents = contents(sources.get(e.getKey()));
            List<String> headings = e.getValue().sections().stream().map(Section::heading).toList();
            assertThat(headings).as(e.getKey().toString())
                    .noneMatch(h -> h.matches("(?i)contents|figures|tables|appendixes|CRS PRODUCT.*"));
            if (contents.isEmpty()) {
                continue;
            }
            reports++;
            Set<String> headingKeys = new HashSet<>();
            headings.forEach(h -> headingKeys.add(key(h)));
            Set<String> entryKeys = new HashSet<>();
            for (String entry : contents) {
                entries++;
                String tail = entry.contains(": ") ? entry.substring(entry.lastIndexOf(": ") + 2) : entry;
                entryKeys.add(key(entry));
                entryKeys.add(key(tail));
                if (headingKeys.contains(key(entry)) || headingKeys.contains(key(tail))) {
                    found++;
                } else {
                    missed.add(e.getKey().getFileName() + ": " + entry);
                }
            }
            headings.stream().filter(h -> !entryKeys.contains(key(h)))
                    .forEach(h -> notListed.add(e.getKey().getFileName().toString().substring(0, 8) + ": " + h));
        }
        System.err.printf("CRS corpus: %d files; %d reports with Contents; %d of %d entries found as headings"
                + " (%.1f%%); %d headings not in Contents; missed %s%n", briefings.size(), reports, found, entries,
                100.0 * found / Math.max(1, entries), notListed.size(), missed);
        System.err.println("CRS headings not in Contents: " + notListed);
        assertThat(reports).isGreaterThanOrEqualTo(10);
        assertThat(found).isEqualTo(entries);
        assertThat(notListed).hasSizeLessThanOrEqualTo(90);
    }

    private static List<String> contents(String source) {
        List<String> entries = new ArrayList<>();
        String[] lines = source.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("# Contents")) {
                for (int j = i + 1; j < lines.length && (lines[j].isBlank() || lines[j].startsWith("- ")); j++) {
                    Matcher m = CONTENTS_ENTRY.matcher(lines[j]);
                    if (m.matches()) {
                        entries.add(m.group(1));
                    }
                }
            }
        }
        return entries;
    }

    /** Letters and digits only, an ordinal "119th" read as "119": how the page's superscripts are lost. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
