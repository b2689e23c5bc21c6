package org.briefingreader.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.Section;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each layout rule of the plain-text importer on a small made-up input. */
class PlainTextRulesTest {
    private static final String SENTENCE = "The ministers met again on Friday and agreed to keep talking next year.";
    private final PlainTextBriefingParser parser = new PlainTextBriefingParser();

    @ParameterizedTest
    @ValueSource(strings = {"•", "-", "*", "–", "  •", "    -", "\u00A0\u00A0*", "\t–"})
    void bulletsWithEachMarkerBecomeTheSummary(String marker) throws Exception {
        Briefing b = read("Title\n\n" + marker + " First point.\n" + marker + " Second point.\n\n" + SENTENCE);
        assertThat(b.summary()).extracting(Paragraph::text).containsExactly("First point.", "Second point.");
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE);
    }

    @Test
    void paragraphBeforeTheSummaryIsTheStandfirst() throws Exception {
        Briefing b = read("Title\n\nA short standfirst.\n\n• One.\n• Two.\n\n" + SENTENCE);
        assertThat(b.subtitle()).contains("A short standfirst.");
        assertThat(b.summary()).hasSize(2);
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE);
    }

    @Test
    void bulletsSetOnePerParagraphAreOneSummary() throws Exception {
        Briefing b = read("Title\n\nA short standfirst.\n\n\u2022 One.\n\n\u2022 Two.\n\n  \u2022 Three.\n\n" + SENTENCE);
        assertThat(b.subtitle()).contains("A short standfirst.");
        assertThat(b.summary()).extracting(Paragraph::text).containsExactly("One.", "Two.", "Three.");
        assertThat(b.summary()).extracting(Paragraph::id).containsExactly("summary.b1", "summary.b2", "summary.b3");
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE);
    }

    @Test
    void paragraphIntroducingAListIsNotAStandfirst() throws Exception {
        Briefing b = read("Title\n\nThe survey found that firms:\n\n- cut costs.\n- hired fewer staff.\n\n" + SENTENCE);
        assertThat(b.subtitle()).isEmpty();
        assertThat(b.summary()).isEmpty();
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly("The survey found that firms:",
                "- cut costs.", "- hired fewer staff.", SENTENCE);
    }

    @Test
    void listInTheMiddleOfAStoryStaysInTheBodyWithItsMarkers() throws Exception {
        Briefing b = read("Title\n\n" + SENTENCE + "\n\n" + SENTENCE + "\n\n- Duty cuts on capital goods\n"
                + " - Expanded service tax net\n\n" + SENTENCE);
        assertThat(b.summary()).isEmpty();
        assertThat(b.lede()).extracting(Paragraph::text).contains("- Duty cuts on capital goods",
                "- Expanded service tax net");
    }

    @Test
    void nonBreakingSpacesAtLineEndsAndOnBlankLinesAreWhitespace() throws Exception {
        Briefing b = read("Title\u00A0\n\u00A0\n" + SENTENCE + "\u00A0\n\u00A0 \nThe\u00A0Outlook\u00A0\n\u00A0\n"
                + "Prices will rise\u00A0\nthrough the winter.\u00A0\n");
        assertThat(b.title()).isEqualTo("Title");
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE);
        assertThat(b.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("The Outlook");
            assertThat(s.kind()).isEqualTo(SectionKind.OUTLOOK);
            assertThat(s.paragraphs()).extracting(Paragraph::text)
                    .containsExactly("Prices will rise through the winter.");
        });
    }

    @Test
    void titleCaseLineBetweenParagraphsIsAHeading() throws Exception {
        Briefing b = read("Title\n\n" + SENTENCE + "\n\nWhat Comes Next\n\n" + SENTENCE);
        assertThat(b.sections()).extracting(Section::heading).containsExactly("What Comes Next");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He resigned.", "Talks stalled again", "\"We will not give up\"", "Tuesday, 1 March",
        "2000 GMT", "Result: 6-7 6-2 7-6 6-2", "Is this the end?", "Russia. Good Luck"})
    void shortLinesThatAreNotHeadingsStayParagraphs(String line) throws Exception {
        Briefing b = read("Title\n\n" + SENTENCE + "\n\n" + line + "\n\n" + SENTENCE);
        assertThat(b.sections()).isEmpty();
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE, line, SENTENCE);
    }

    @Test
    void headingLikeLineWithNoBodyAfterItIsText() throws Exception {
        Briefing b = read("Title\n\n" + SENTENCE + "\n\nThe Big Picture");
        assertThat(b.sections()).isEmpty();
        assertThat(b.lede()).extracting(Paragraph::text).endsWith("The Big Picture");
    }

    @Test
    void footerIsRemovedBeforeHeadingsAndTheCopyrightKept() throws Exception {
        Briefing b = read("Title\n\n" + SENTENCE + "\n\nThe Outlook\n\n" + SENTENCE + "\n\nArticle Search\n\n"
                + "Copyright © Example Media, LLC. All rights reserved.\n\nExample Worldview\n\n\n"
                + "To empower readers to understand a changing world.");
        assertThat(b.copyright()).contains("Copyright © Example Media, LLC. All rights reserved.");
        assertThat(b.source()).contains("Example Media, LLC");
        assertThat(b.sections()).singleElement().satisfies(s ->
                assertThat(s.paragraphs()).extracting(Paragraph::text).containsExactly(SENTENCE));
        assertThat(b.allUnits()).extracting(Paragraph::text).noneMatch(t -> t.contains("Example"));
    }

    @Test
    void withoutACopyrightLineNothingIsRemoved() throws Exception {
        Briefing b = read("Title\n\n" + SENTENCE + "\n\nArticle Search");
        assertThat(b.copyright()).isEmpty();
        assertThat(b.source()).isEmpty();
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE, "Article Search");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void otherLineEndingsReadLikeLineFeeds(String ending) throws Exception {
        String lf = "Title\n7 MINS READMay 25, 2018 | 08:30 GMT\nA caption.\n\nThe standfirst.\n\n  • One.\n  • Two.\n\n"
                + SENTENCE + "\n\nThe History\n\n" + SENTENCE + "\nContinued.\n\n© Example\n";
        Briefing expected = read(lf);
        Briefing actual = read(lf.replace("\n", ending));
        assertThat(actual).usingRecursiveComparison().ignoringFields("contentHash").isEqualTo(expected);
        assertThat(actual.sections()).hasSize(1);
        assertThat(actual.captions()).hasSize(1);
    }

    @Test
    void fileWithOnlyATitleImports() throws Exception {
        Briefing b = read("  Just A Title  \n\n");
        assertThat(b.title()).isEqualTo("Just A Title");
        assertThat(b.id()).isEqualTo("just-a-title");
        assertThat(b.allUnits()).isEmpty();
        assertThat(b.sections()).isEmpty();
    }

    @Test
    void newsArticleWithoutHeadingsIsAllLede() throws Exception {
        Briefing b = read("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped"
                + " 76% to $1.13bn (£600m) for the three months to December.\n\n\"Our financial performance was"
                + " strong,\" chairman Richard Parsons said.\n\nThe shape of the UK's economy In graphics\n\nTime Warner's fourth quarter profits"
                + " were slightly better than analysts' expectations.\n\nWinners meet in final match\n\n"
                + "It will now book the sale of its stake in AOL Europe as a loss.\n");
        assertThat(b.title()).isEqualTo("Ad sales boost Time Warner profit");
        assertThat(b.sections()).isEmpty();
        assertThat(b.lede()).hasSize(6);
        assertThat(b.subtitle()).isEmpty();
        assertThat(b.captions()).isEmpty();
    }

    @Test
    void repeatedAndReservedHeadingsGetDistinctIds() throws Exception {
        String body = "\n\n" + SENTENCE + "\n\n";
        Briefing b = read("Title" + body + "Background" + body + "Background" + body + "Lede" + body
                + "Обзор Ситуации" + body);
        assertThat(b.sections()).extracting(Section::id)
                .containsExactly("background", "background-2", "lede-2", "section-4");
        assertThat(b.sections().get(2).paragraphs()).extracting(Paragraph::id).containsExactly("lede-2.p1");
    }

    @Test
    void headerLinesGiveBylineAndDateWithoutACaption() throws Exception {
        Briefing b = read("Title\nBy Jane Doe and John Roe\nMay 25, 2018\n\n" + SENTENCE + "\n\n" + SENTENCE);
        assertThat(b.byline()).contains("Jane Doe and John Roe");
        assertThat(b.published()).contains(ZonedDateTime.of(2018, 5, 25, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(b.id()).endsWith("-2018-05-25");
        assertThat(b.captions()).isEmpty();
        assertThat(b.lede()).hasSize(2);
    }

    @Test
    void lineUnderTheDateIsNoCaptionWhenNothingFollows() throws Exception {
        Briefing b = read("Title\n25 May 2018\n" + SENTENCE + "\n");
        assertThat(b.published()).map(ZonedDateTime::toLocalDate).contains(LocalDate.of(2018, 5, 25));
        assertThat(b.captions()).isEmpty();
        assertThat(b.lede()).extracting(Paragraph::text).containsExactly(SENTENCE);
    }

    @Test
    void unknownTimeZoneIsTakenAsUtcWithAWarning() throws Exception {
        ParsedBriefing parsed = parser.read(source("Title\nMay 25, 2018 08:30 XYZ\n\n" + SENTENCE));
        assertThat(parsed.briefing().published()).contains(ZonedDateTime.of(2018, 5, 25, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(parsed.warnings()).singleElement().asString().contains("XYZ");
    }

    @Test
    void englishDatesParseWhateverTheDefaultLocale() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Briefing b = new PlainTextBriefingParser().read(source("Title\n7 MINS READMay 25, 2018 | 08:30 GMT\n\n"
                    + SENTENCE)).briefing();
            assertThat(b.published()).map(ZonedDateTime::toLocalDate).contains(LocalDate.of(2018, 5, 25));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void customSectionKindTableIsUsed() throws Exception {
        PlainTextBriefingParser custom = new PlainTextBriefingParser(new SourceLoader(),
                SectionKindTable.defaults().with("little progress", SectionKind.CONSTRAINTS));
        Briefing b = custom.read(source("Title\n\n" + SENTENCE + "\n\nLittle Progress\n\n" + SENTENCE)).briefing();
        assertThat(b.sections()).extracting(Section::kind).containsExactly(SectionKind.CONSTRAINTS);
    }

    @Test
    void acceptsTxtAndTextFilesOnly() {
        assertThat(parser.accepts(Path.of("a.txt"))).isTrue();
        assertThat(parser.accepts(Path.of("dir", "B.TEXT"))).isTrue();
        assertThat(parser.accepts(Path.of("a.md"))).isFalse();
        assertThat(parser.accepts(Path.of("txt"))).isFalse();
    }

    @Test
    void parseReadsAFileAndPassesOnTheLoadersWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("smart.txt");
        Files.write(file, ("Quotes \u201CSmart\u201D\n\n" + SENTENCE).getBytes(Charset.forName("windows-1252")));
        ParsedBriefing parsed = parser.parse(file);
        assertThat(parsed.briefing().title()).isEqualTo("Quotes \u201CSmart\u201D");
        assertThat(parsed.briefing().originalFileName()).isEqualTo("smart.txt");
        assertThat(parsed.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void emptyFileIsRefusedInOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(BriefingInputException.class)
                .hasMessageContaining("empty.txt").hasMessageNotContaining("\n");
    }

    @Test
    void blankSourceIsRefused() {
        assertThatThrownBy(() -> parser.read(source(" \u00A0\n\n"))).isInstanceOf(BriefingInputException.class)
                .hasMessageContaining("no text");
    }

    @Test
    void importerCodeNamesNoPublisher() throws IOException {
        Path dir = Path.of("src", "main", "java", "org", "briefingreader", "ingest", "text");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path file : sources) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))
                    .as(file.toString()).doesNotContain("stratfor");
        }
    }

    private Briefing read(String text) throws BriefingInputException {
        return parser.read(source(text)).briefing();
    }

    private static SourceText source(String text) {
        return new SourceText(Path.of("test.txt"), text, "sha256:00", List.of());
    }
}
