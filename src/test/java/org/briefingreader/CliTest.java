package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a real library folder, with the real importers and store (in process). */
class CliTest {
    private static final String SEED_ID = "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";

    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void newLibraryListsTheBundledBriefing() {
        CliRun list = run("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(SEED_ID).contains("2018-05-25")
                .contains("Japan Wants Closer Relations With Russia. Good Luck With That.");
        assertThat(list.err()).isEmpty();
        assertThat(home.resolve("data/briefings/" + SEED_ID + ".json")).isRegularFile();
    }

    @Test
    void listJsonIsAnArrayWithTheDocumentedFields() throws Exception {
        CliRun list = run("list", "--json");
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("id").asText()).isEqualTo(SEED_ID);
        assertThat(row.get("sections").asInt()).isEqualTo(7);
        assertThat(row.get("published").asText()).isEqualTo("2018-05-25T08:30Z[GMT]");
        assertThat(row.get("source").asText()).isEqualTo("Stratfor Enterprises, LLC");
    }

    @Test
    void importingTheSampleTextIntoTheSeededLibraryChangesNothing() throws Exception {
        Path stored = home.resolve("data/briefings/" + SEED_ID + ".json");
        run("list");
        byte[] before = Files.readAllBytes(stored);
        CliRun imported = run("import", "samples/japan-russia-2018.txt");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("unchanged").contains(SEED_ID)
                .contains("0 added, 0 replaced, 1 unchanged, 0 failed, 0 skipped");
        assertThat(Files.readAllBytes(stored)).isEqualTo(before);
    }

    @Test
    void changedFileWithTheSameIdentityReplacesTheOldVersion() throws Exception {
        Path edited = home.resolve("edited.txt");
        String text = Files.readString(Path.of("samples/japan-russia-2018.txt"), StandardCharsets.UTF_8)
                .replace("The problem is, time may be running out for Abe.", "Time is short.");
        Files.writeString(edited, text, StandardCharsets.UTF_8);
        CliRun imported = run("import", edited.toString());
        assertThat(imported.out()).contains("replaced").contains(SEED_ID);
        CliRun shown = run("show", SEED_ID, "--text");
        assertThat(shown.out()).contains("Time is short.").doesNotContain("time may be running out for Abe");
        assertThat(run("list", "--json").out()).contains("edited.txt");
    }

    @Test
    void showPrintsTheOutlineWithKindsAndIds() {
        CliRun shown = run("show", SEED_ID);
        assertThat(shown.code()).isZero();
        assertThat(shown.out()).contains("25 May 2018, 08:30 GMT · 7 min read")
                .contains("summary.b3").contains("1. The Big Picture  [context, 1 paragraph]  #the-big-picture")
                .contains("6. Why There's Been No Progress").contains("2 paragraphs")
                .contains("7. How It Will Play Out  [outlook");
    }

    @Test
    void showJsonIsTheBriefingFormat() throws Exception {
        CliRun shown = run("show", SEED_ID, "--json");
        assertThat(shown.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllBytes(Path.of("samples/japan-russia-2018.json")));
    }

    @Test
    void deleteRemovesAndASecondDeleteFails() {
        assertThat(run("delete", SEED_ID).code()).isZero();
        assertThat(run("list").out()).contains("has no briefings");
        CliRun again = run("delete", SEED_ID);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: no briefing with id '" + SEED_ID + "' (see `briefing list`)"
                + System.lineSeparator());
        assertThat(run("show", "no-such-briefing").code()).isEqualTo(1);
    }

    @Test
    void aDeletedSeedDoesNotComeBack() {
        run("delete", SEED_ID);
        assertThat(run("list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void importOfAFolderWithBadFilesReportsEachAndExitsOne() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("good.txt"), "A Good Briefing\n\nIt has a lede.\n", StandardCharsets.UTF_8);
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.writeString(inbox.resolve("bad.json"), "{\"schemaVersion\": 1,\n\"title\": }", StandardCharsets.UTF_8);
        CliRun imported = run("import", inbox.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err().lines().filter(l -> l.startsWith("error: ")))
                .containsExactlyInAnyOrder("error: " + inbox.resolve("empty.txt") + ": the file is empty",
                        "error: " + inbox.resolve("bad.json") + ":2:10: " + jsonProblem(imported.err()));
        assertThat(imported.out()).contains("added").contains("a-good-briefing")
                .contains("1 added, 0 replaced, 0 unchanged, 2 failed, 0 skipped");
    }

    @Test
    void twoVersionsOfOneBriefingInABatchAreNamedInAWarning() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("versions"));
        Files.writeString(inbox.resolve("a.txt"), "Same Title\n\nFirst version.\n", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("b.txt"), "Same Title\n\nSecond version.\n", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("c.txt"), "Same Title\n\nSecond version.\n", StandardCharsets.UTF_8);
        CliRun imported = run("import", inbox.resolve("a.txt").toString(), inbox.resolve("b.txt").toString(),
                inbox.resolve("c.txt").toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("1 added, 1 replaced, 1 unchanged");
        assertThat(imported.err().lines()).containsExactly("warning: " + inbox.resolve("b.txt")
                + ": has the same identity (same-title) as " + inbox.resolve("a.txt")
                + ", imported earlier in this batch, and replaced it");
    }

    @Test
    void manyFilesGetProgressLinesOnStderr() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("many"));
        for (int i = 0; i < 25; i++) {
            Files.writeString(inbox.resolve("note-" + i + ".txt"), "Note Number " + i + "\n\nSome text " + i + ".\n",
                    StandardCharsets.UTF_8);
        }
        CliRun imported = run("import", "--quiet", inbox.toString());
        assertThat(imported.code()).isZero();
        CliRun again = run("import", inbox.toString());
        assertThat(again.out().lines().filter(l -> l.startsWith("unchanged")).map(l -> l.substring(l.indexOf("<- ") + 3)))
                .as("a folder imports in path order").isSorted().hasSize(25);
        assertThat(imported.err().lines().filter(l -> l.startsWith("progress: "))).contains(
                "progress: 25/25 files (100%)").hasSizeGreaterThan(2);
        assertThat(imported.out().lines()).singleElement().asString().contains("25 added");
    }

    @Test
    void unknownCommandIsAUsageErrorNotAnImport() {
        CliRun typo = run("lsit");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'lsit' is neither a command nor a file");
    }

    @Test
    void searchPrintsTitleHeadingAndMarkedSnippets() throws Exception {
        long expected = new org.briefingreader.ingest.text.PlainTextBriefingParser()
                .parse(Path.of("samples/japan-russia-2018.txt")).briefing().allUnits().stream()
                .filter(u -> u.text().matches("(?is).*\\bsovereignty\\b.*") && u.text().matches("(?is).*\\bislands?\\b.*"))
                .count();
        CliRun found = run("search", "sovereignty", "islands");
        assertThat(found.code()).isZero();
        assertThat(found.out()).startsWith(expected + " hits in 1 briefing for AND(word:sovereignty, word:islands)")
                .contains("Japan Wants Closer Relations With Russia. Good Luck With That. › The History  [history]")
                .contains("the-history.p1  …The sticking point is [sovereignty] over a string of [islands]");
    }

    @Test
    void searchJsonGivesRangesThatCoverTheMatchedWords() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("search", "--json", "sovereign*").out());
        assertThat(root.get("reading").asText()).isEqualTo("prefix:sovereign*");
        assertThat(root.get("total").asInt()).isPositive();
        for (JsonNode hit : root.get("hits")) {
            String text = hit.get("text").asText();
            for (JsonNode match : hit.get("matches")) {
                assertThat(text.substring(match.get("start").asInt(), match.get("end").asInt()).toLowerCase())
                        .startsWith("sovereign");
            }
        }
    }

    @Test
    void searchKindOptionKeepsOneKindAndAnUnknownKindIsAUsageError() {
        CliRun outlook = run("search", "--kind", "outlook", "russia");
        assertThat(outlook.out()).contains("› How It Will Play Out").doesNotContain("› The History");
        CliRun bad = run("search", "--kind", "forecast", "russia");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown kind 'forecast'").contains("outlook");
    }

    @Test
    void malformedQueryRunsItsBestReadingAndSaysWhatWasIgnored() {
        CliRun unclosed = run("search", "\"peace deal");
        assertThat(unclosed.code()).isZero();
        assertThat(unclosed.out()).contains("phrase:\"peace deal\"").contains("[peace] [deal]");
        assertThat(unclosed.err()).contains("note: the quote opened at character 1 was never closed");
        CliRun trailing = run("search", "kurils", "AND");
        assertThat(trailing.out()).contains("for word:kurils").contains("[Kurils]");
        assertThat(trailing.err()).contains("note: 'AND' at character 8 has no term after it: ignored it");
    }

    @Test
    void pagingSaysHowToSeeMore() {
        CliRun first = run("search", "--limit", "2", "russia");
        assertThat(first.out()).contains("Showing 1-2 of ").contains("--offset 2 for more.");
    }

    @Test
    void reindexRebuildsFromTheBriefings() {
        CliRun reindexed = run("reindex");
        assertThat(reindexed.code()).isZero();
        assertThat(reindexed.out()).startsWith("Reindexed 1 briefings in ");
        assertThat(run("search", "kurils").out()).contains("[Kurils]");
    }

    @Test
    void importedBriefingsAreSearchableAtOnce() throws Exception {
        run("search", "anything");
        Path file = Files.writeString(home.resolve("new.txt"), "Fresh Report\n\nThe quinquennial review.\n",
                StandardCharsets.UTF_8);
        run("import", file.toString());
        assertThat(run("search", "quinquennial").out()).contains("Fresh Report › Lede");
        run("delete", "fresh-report");
        assertThat(run("search", "quinquennial").out()).startsWith("No hits");
    }

    @Test
    void zeroHitsOfferTheLibrarysSpelling() {
        CliRun found = run("search", "soverignty", "islnds");
        assertThat(found.code()).isZero();
        assertThat(found.out()).startsWith("No hits for AND(word:soverignty, word:islnds).")
                .contains("Did you mean: sovereignty islands ?");
    }

    @Test
    void noSpellingIsOfferedWhenNothingBetterFinds() {
        CliRun found = run("search", "xylophonequartet");
        assertThat(found.out()).startsWith("No hits").doesNotContain("Did you mean");
    }

    @Test
    void relatedFindsPassagesOfOtherBriefingsOnly() throws Exception {
        Path kurils = Files.writeString(home.resolve("kurils.txt"), "Kuril Islands Talks Stall\n\n"
                + "Japan and Russia again failed to sign a peace treaty over the disputed Kuril islands, which Japan "
                + "calls the Northern Territories, as sovereignty remains the sticking point.\n", StandardCharsets.UTF_8);
        Path football = Files.writeString(home.resolve("football.txt"), "Cup Final Preview\n\n"
                + "The striker scored twice in the semi-final and the manager praised the defence.\n",
                StandardCharsets.UTF_8);
        run("import", kurils.toString(), football.toString());
        CliRun related = run("related", SEED_ID, "the-history.p1");
        assertThat(related.code()).isZero();
        assertThat(related.out()).startsWith("Passages like the-history.p1 of \"Japan Wants Closer Relations")
                .contains("Kuril Islands Talks Stall › Lede").doesNotContain("Cup Final Preview")
                .doesNotContain("Japan Wants Closer Relations With Russia. Good Luck With That. ›");
    }

    @Test
    void relatedOfAnUnknownPassageFailsInOneLine() {
        CliRun unknown = run("related", SEED_ID, "no-such.p9");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: briefing '" + SEED_ID + "' has no passage 'no-such.p9' (see "
                + "`briefing show " + SEED_ID + "`)" + System.lineSeparator());
    }

    /** The parser's wording is the JSON reader's business; here only its shape (one line, after line:col). */
    private static String jsonProblem(String err) {
        return err.lines().filter(l -> l.contains("bad.json:2:10: ")).findFirst()
                .map(l -> l.substring(l.indexOf("bad.json:2:10: ") + "bad.json:2:10: ".length())).orElse("<none>");
    }
}
