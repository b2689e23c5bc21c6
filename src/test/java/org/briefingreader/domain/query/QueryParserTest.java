package org.briefingreader.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per query form: what the user typed, the reading {@link QueryParser#describe} gives of it (empty when
 * nothing is left to search), and a distinctive part of each note, in order (none when the query is clean).
 */
class QueryParserTest {
    private static final String NOTHING = "nothing to search for";

    static Stream<Arguments> syntax() {
        return Stream.of(
                row("words are ANDed", "sovereignty islands", "AND(word:sovereignty, word:islands)"),
                row("a single word", "japan", "word:japan"),
                row("words keep inner apostrophes and dots for the analyzer", "don't U.S. long-standing",
                        "AND(word:don't, word:U.S., word:long-standing)"),
                row("no-break spaces separate words", "japan\u00A0russia\u2007kurils",
                        "AND(word:japan, word:russia, word:kurils)"),
                row("a word of digits and a colon is just a word", "10:30", "word:10:30"),
                row("an emoji is a word", "\uD83D\uDE42 japan", "AND(word:\uD83D\uDE42, word:japan)"),
                row("a phrase", "\"peace deal\"", "phrase:\"peace deal\""),
                row("curly quotes make a phrase too", "\u201Cpeace deal\u201D", "phrase:\"peace deal\""),
                row("a phrase drops words without letters, as the analyzer would", "\"peace -- deal\"",
                        "phrase:\"peace deal\""),
                row("OR between alternatives", "kurils OR \"northern territories\"",
                        "OR(word:kurils, phrase:\"northern territories\")"),
                row("OR binds tighter than the implicit AND", "a b OR c", "AND(word:a, OR(word:b, word:c))"),
                row("OR binds tighter on its left too", "a OR b c", "AND(OR(word:a, word:b), word:c)"),
                row("a chain of ORs is one OR", "a OR b OR c", "OR(word:a, word:b, word:c)"),
                row("explicit AND", "japan AND russia", "AND(word:japan, word:russia)"),
                row("explicit AND under OR precedence", "a AND b OR c", "AND(word:a, OR(word:b, word:c))"),
                row("lower-case keywords are words", "japan or russia", "AND(word:japan, word:or, word:russia)"),
                row("minus excludes", "japan -china", "AND(word:japan, NOT(word:china))"),
                row("NOT excludes", "japan NOT china", "AND(word:japan, NOT(word:china))"),
                row("minus before a phrase", "-\"peace deal\" japan", "AND(NOT(phrase:\"peace deal\"), word:japan)"),
                row("minus before a group", "japan -(china OR korea)",
                        "AND(word:japan, NOT(OR(word:china, word:korea)))"),
                row("NOT before a kind", "NOT kind:outlook", "NOT(kind:outlook)"),
                row("a query of negations only is kept", "-china -korea", "AND(NOT(word:china), NOT(word:korea))"),
                row("a double negation cancels out", "NOT -china", "word:china"),
                row("groups", "(japan OR russia) (islands OR kurils)",
                        "AND(OR(word:japan, word:russia), OR(word:islands, word:kurils))"),
                row("nested ANDs are flattened", "japan (russia (islands))",
                        "AND(word:japan, word:russia, word:islands)"),
                row("nested ORs are flattened", "(a OR b) OR c", "OR(word:a, word:b, word:c)"),
                row("a prefix", "sovereign*", "prefix:sovereign*"),
                row("a prefix is lower-cased", "Sovereign*", "prefix:sovereign*"),
                row("a prefix of two letters is enough", "ab*", "prefix:ab*"),
                row("a prefix is lower-cased letter by letter, as the index is", "İstanbul*", "prefix:istanbul*"),
                row("fuzzy without a number allows two edits", "putin~", "fuzzy:putin~2"),
                row("fuzzy with one edit, lower-cased", "Putin~1", "fuzzy:putin~1"),
                row("fuzzy with two edits", "putin~2", "fuzzy:putin~2"),
                row("phrase slop", "\"japan russia\"~3", "phrase:\"japan russia\"~3"),
                row("phrase slop 0 is an exact phrase", "\"japan russia\"~0", "phrase:\"japan russia\""),
                row("title scope", "title:japan", "TITLE(word:japan)"),
                row("scope names in any case", "TITLE:Japan", "TITLE(word:Japan)"),
                row("section scope", "section:history", "SECTION(word:history)"),
                row("source scope", "source:stratfor", "SOURCE(word:stratfor)"),
                row("a scope takes a phrase", "title:\"good luck\"~1", "TITLE(phrase:\"good luck\"~1)"),
                row("a scope takes a group", "title:(japan OR korea)", "TITLE(OR(word:japan, word:korea))"),
                row("a scope takes a prefix", "title:sovereign*", "TITLE(prefix:sovereign*)"),
                row("a scope takes a fuzzy word", "source:stratfr~1", "SOURCE(fuzzy:stratfr~1)"),
                row("a scope directly inside another wins", "title:(section:history)", "SECTION(word:history)"),
                row("negated scope", "-title:japan", "NOT(TITLE(word:japan))"),
                row("note scope", "note:check", "NOTE(word:check)"),
                row("note scope takes a group", "note:(check OR verify*)", "NOTE(OR(word:check, prefix:verify*))"),
                row("note scope beside a word", "oil note:\"check again\"",
                        "AND(word:oil, NOTE(phrase:\"check again\"))"),
                row("a tag, lower-cased", "tag:Economy", "tag:economy"),
                row("a tag named as a phrase keeps its space, folded", "tag:\"Middle  East\"", "tag:\"middle east\""),
                row("a category", "category:evidence", "category:evidence"),
                row("a category with a space", "category:\"Key Judgement\"", "category:\"key judgement\""),
                row("a tag is taken as written, star included", "tag:econ*", "tag:econ*"),
                row("negated tag", "oil -tag:done", "AND(word:oil, NOT(tag:done))"),
                row("scope names of annotations in any case", "TAG:x CATEGORY:y NOTE:z",
                        "AND(tag:x, category:y, NOTE(word:z))"),
                row("kind", "kind:outlook russia", "AND(kind:outlook, word:russia)"),
                row("kind in any case", "kind:OUTLOOK", "kind:outlook"),
                row("briefing id, lower-cased", "briefing:Japan-Wants-Closer-2018-05-25",
                        "briefing:japan-wants-closer-2018-05-25"),
                row("after a day", "after:2018-01-01", "date:2018-01-01.."),
                row("before a year", "before:2019", "date:..<2019-01-01"),
                row("within a month", "date:2018-05", "date:2018-05-01..<2018-06-01"),
                row("within a year", "date:2018", "date:2018-01-01..<2019-01-01"),
                row("within a day", "date:2018-02-28", "date:2018-02-28..<2018-03-01"),
                row("a leap day", "date:2020-2-29", "date:2020-02-29..<2020-03-01"),
                row("dates ANDed are one range", "after:2018 russia before:2019-03",
                        "AND(date:2018-01-01..<2019-03-01, word:russia)"),
                row("dates in an OR stay apart", "date:2018 OR date:2020",
                        "OR(date:2018-01-01..<2019-01-01, date:2020-01-01..<2021-01-01)"),
                row("the sample queries together", "japan -china \"peace deal\"~3 kind:outlook",
                        "AND(word:japan, NOT(word:china), phrase:\"peace deal\"~3, kind:outlook)"));
    }

    static Stream<Arguments> leniency() {
        // 10,010 characters; the first 1,000 hold 143 whole words ("russia " is 7 characters), 64 of them kept.
        String tenThousand = "russia ".repeat(1_430);
        return Stream.of(
                row("empty query", "", "", NOTHING),
                row("blank query", "  \t\u00A0 ", "", NOTHING),
                row("unclosed quote", "japan \"peace deal", "AND(word:japan, phrase:\"peace deal\")",
                        "the quote opened at character 7 was never closed: closed it at the end"),
                row("unclosed parenthesis", "(japan OR russia", "OR(word:japan, word:russia)",
                        "the parenthesis opened at character 1 was never closed: closed it at the end"),
                row("stray closing parenthesis", "japan) russia", "AND(word:japan, word:russia)",
                        "the ')' at character 6 has no '(' before it: ignored it"),
                row("lone star", "japan *", "word:japan", "the lone '*' at character 7 was ignored"),
                row("only a star", "*", "", "the lone '*' at character 1 was ignored", NOTHING),
                row("prefix too short", "s*", "word:s",
                        "'s*' is too short for a prefix (at least 2 letters or digits): searched for the word 's'"),
                row("star inside a word", "*foo f*o", "AND(word:foo, word:f, word:o)",
                        "'*foo' was searched as separate words", "'f*o' was searched as separate words"),
                row("tilde inside a word", "foo~bar", "AND(word:foo, word:bar)", "'foo~bar' was searched as separate"),
                row("fuzzy edits clamped up", "putin~5", "fuzzy:putin~2",
                        "'putin~5': a fuzzy word allows 1 or 2 edits: used 2"),
                row("fuzzy edits clamped down", "putin~0", "fuzzy:putin~1", "allows 1 or 2 edits: used 1"),
                row("old-style fuzzy similarity", "putin~0.8", "fuzzy:putin~1", "allows 1 or 2 edits: used 1"),
                row("fuzzy word too short", "a~", "word:a", "'a~' is too short for a fuzzy word"),
                row("phrase slop capped", "\"japan russia\"~500", "phrase:\"japan russia\"~50",
                        "a phrase's words can be at most 50 apart: used ~50 for ~500"),
                row("phrase slop not a number", "\"japan russia\"~x", "phrase:\"japan russia\"",
                        "'~x' after a phrase needs a whole number of words"),
                row("trailing AND", "japan AND", "word:japan", "'AND' at character 7 has no term after it: ignored it"),
                row("trailing OR", "japan OR", "word:japan", "'OR' at character 7 has no term after it: ignored it"),
                row("trailing NOT", "japan NOT", "word:japan", "'NOT' at character 7 has no term after it: ignored it"),
                row("trailing minus", "japan -", "word:japan",
                        "the '-' at character 7 is not directly before a term (-china): ignored it"),
                row("minus apart from its word", "japan - china", "AND(word:japan, word:china)",
                        "the '-' at character 7 is not directly before a term"),
                row("leading OR", "OR japan", "word:japan", "'OR' at character 1 has no term before it: ignored it"),
                row("leading AND", "AND japan", "word:japan", "'AND' at character 1 has no term before it: ignored it"),
                row("leading OR in a group", "russia (OR japan)", "AND(word:russia, word:japan)",
                        "'OR' at character 9 has no term before it"),
                row("doubled OR", "a OR OR b", "OR(word:a, word:b)", "'OR' at character 3 has no term after it"),
                row("AND then OR", "a AND OR b", "AND(word:a, word:b)", "'AND' at character 3 has no term after it",
                        "'OR' at character 7 has no term before it"),
                row("title with nothing after it", "title:", "",
                        "'title:' at character 1 has no word, phrase or group right after it: ignored it", NOTHING),
                row("title with a space after it", "title: japan", "word:japan",
                        "'title:' at character 1 has no word, phrase or group right after it"),
                row("title before a minus", "title:-japan", "NOT(word:japan)", "'title:' at character 1 has no word"),
                row("tag takes no group", "tag:(a OR b)", "OR(word:a, word:b)",
                        "'tag:' at character 1 has no name right after it: ignored it"),
                row("empty tag name", "tag:\"\" oil", "word:oil", "the empty name after 'tag:' was ignored"),
                row("kind with nothing after it", "kind: japan", "word:japan",
                        "'kind:' at character 1 has no value right after it: ignored it"),
                row("unknown kind", "kind:forecast russia", "word:russia", "'kind:forecast' names no section kind"
                        + " (context, history, motivations, constraints, outlook, summary, other): ignored it"),
                row("not a briefing id", "briefing:foo_bar", "",
                        "'briefing:foo_bar' is not a briefing id", NOTHING),
                row("month 13", "after:2018-13 russia", "word:russia",
                        "'after:2018-13' is not a date (write yyyy, yyyy-mm or yyyy-mm-dd): ignored it"),
                row("February 30", "date:2018-02-30", "", "'date:2018-02-30' is not a date", NOTHING),
                row("dates that exclude each other", "after:2019 before:2018",
                        "date:2019-01-01..<2018-01-01", "the dates leave no day between 2019-01-01 and 2018-01-01"),
                row("unknown scope", "foo:bar", "word:foo:bar", "'foo:' is not a search scope (title, section, "
                        + "source, kind, briefing, after, before, date, note, tag, category): searched 'foo:bar' as "
                        + "words"),
                row("a URL", "https://example.org/x", "word:https://example.org/x", "'https:' is not a search scope"),
                row("empty parentheses", "()", "", "the empty parentheses at character 1 were ignored", NOTHING),
                row("empty parentheses beside a word", "japan ( )", "word:japan",
                        "the empty parentheses at character 7"),
                row("empty quotes", "\"\"", "", "the empty quotes at character 1 were ignored", NOTHING),
                row("empty quotes beside a word", "japan \"\"", "word:japan", "the empty quotes at character 7"),
                row("quotes of punctuation", "\"--\"", "", "the quotes holding no letters or digits at character 1",
                        NOTHING),
                row("punctuation alone", "japan && russia", "AND(word:japan, word:russia)",
                        "'&&' at character 7 has no letters or digits: ignored it"),
                row("control characters", "japan\u0000russia\u0007", "AND(word:japan, word:russia)",
                        "2 control characters were ignored"),
                row("a soft hyphen inside a word", "sover\u00ADeignty", "word:sovereignty",
                        "1 control character was ignored"),
                row("parentheses too deep", "(".repeat(25) + "japan" + ")".repeat(25), "word:japan",
                        "parentheses nested deeper than 20 levels were ignored"),
                row("10,000 characters", tenThousand, "AND(" + "word:russia, ".repeat(63) + "word:russia)",
                        "the query has 10,010 characters, more than 1,000: read only the first 1,000",
                        "the query has more than 64 terms: left out the last 79"),
                row("too many fuzzy words", "abc~ ".repeat(12), "AND(" + "fuzzy:abc~2, ".repeat(10)
                        + "word:abc, word:abc)", "at most 10 fuzzy words are allowed: searched the other 2"));
    }

    @ParameterizedTest
    @MethodSource({"syntax", "leniency"})
    void readsEachFormAsDocumented(String input, String reading, List<String> notes) {
        ParsedQuery parsed = QueryParser.parse(input);

        assertThat(parsed.root().map(QueryParser::describe).orElse("")).isEqualTo(reading);
        assertThat(parsed.notes()).hasSameSizeAs(notes);
        for (int i = 0; i < notes.size(); i++) {
            assertThat(parsed.notes().get(i)).contains(notes.get(i));
        }
    }

    @Test
    void nullReadsAsEmpty() {
        assertThat(QueryParser.parse(null)).isEqualTo(new ParsedQuery(Optional.empty(), List.of(NOTHING)));
    }

    @Test
    void manyProblemsAreSummarisedAfterTheFirstTwelve() {
        ParsedQuery parsed = QueryParser.parse("japan " + "& ".repeat(20));

        assertThat(parsed.notes()).hasSize(QueryNotes.MAX_NOTES + 1)
                .last().isEqualTo("8 more problems were not listed");
    }

    private static Arguments row(String name, String input, String reading, String... notes) {
        return argumentSet(name, input, reading, List.of(notes));
    }
}
