package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotate, notes, unannotate, categories, undo and redo on a real library folder (in process). */
class CliAnnotationsTest {
    private static final String SEED = "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";
    private static final String SENTENCE = "Japan has not managed to deliver on many of its economic sweeteners.";
    private static final Pattern CREATED = Pattern.compile("annotated ([0-9a-f-]{36}) in ");

    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.in(home, args);
    }

    private static String idOf(CliRun annotated) {
        Matcher m = CREATED.matcher(annotated.out());
        assertThat(m.find()).as(annotated.out() + annotated.err()).isTrue();
        return m.group(1);
    }

    @Test
    void annotatedPassageIsListedWithNoteTagsAndCategory() throws Exception {
        CliRun annotated = run("annotate", SEED, "--quote", SENTENCE, "--note", "Check the **2016** deals.",
                "--tag", "economy", "--tag", "Economy", "--tag", "sweeteners", "--category", "Evidence");
        assertThat(annotated.code()).as(annotated.err()).isZero();
        assertThat(annotated.out()).contains("why-theres-been-no-progress.p1");

        CliRun notes = run("notes", SEED);
        assertThat(notes.out()).contains(idOf(annotated).substring(0, 8)).contains("[evidence]")
                .contains("\"" + SENTENCE + "\"").contains("Check the **2016** deals.")
                .contains("#economy #sweeteners");

        JsonNode json = new ObjectMapper().readTree(run("notes", "--json").out());
        JsonNode first = json.isArray() ? json.get(0) : json.findValue("annotations").get(0);
        assertThat(first.toString()).contains(idOf(annotated)).contains("commenting").contains(SENTENCE);
    }

    @Test
    void quoteMatchesWhateverTheSpacingAndAnAbsentQuoteIsOneLineError() {
        CliRun spaced = run("annotate", SEED, "--quote", "Japan has not managed\n  to deliver on\u00a0many");
        assertThat(spaced.code()).as(spaced.err()).isZero();

        CliRun absent = run("annotate", SEED, "--quote", "Japan has managed to deliver");
        assertThat(absent.code()).isEqualTo(1);
        assertThat(absent.err().lines()).hasSize(1);
        assertThat(absent.err()).startsWith("error: \"Japan has managed to deliver\" is not in briefing " + SEED);
    }

    @Test
    void anAmbiguousQuoteNeedsAnOccurrence() {
        CliRun ambiguous = run("annotate", SEED, "--quote", "two years");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err().lines()).hasSize(1);
        assertThat(ambiguous.err()).contains("\"two years\" occurs twice").contains("--occurrence 1 to");

        CliRun second = run("annotate", SEED, "--quote", "two years", "--occurrence", "2");
        CliRun first = run("annotate", SEED, "--quote", "two years", "--occurrence", "1");
        assertThat(second.code()).isZero();
        assertThat(first.code()).isZero();
        assertThat(run("notes", "--json").out()).contains(idOf(first)).contains(idOf(second));
        assertThat(run("annotate", SEED, "--quote", "two years", "--occurrence", "99").err())
                .contains("there is no occurrence 99");
    }

    @Test
    void unknownCategoryNamesTheKnownOnes() {
        CliRun wrong = run("annotate", SEED, "--quote", SENTENCE, "--category", "hunch");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("no category named \"hunch\"").contains("key judgement, evidence, question, disagree");
        assertThat(run("notes").out()).contains("No annotations yet.");
    }

    @Test
    void unannotateUndoAndRedo() {
        String id = idOf(run("annotate", SEED, "--quote", SENTENCE, "--tag", "economy"));
        CliRun deleted = run("unannotate", id.substring(0, 6));
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("deleted annotation " + id);
        assertThat(run("notes").out()).doesNotContain(id.substring(0, 8));

        assertThat(run("undo").out()).startsWith("undid delete annotation " + id);
        assertThat(run("notes").out()).contains(id.substring(0, 8)).contains("#economy");
        assertThat(run("undo").out()).startsWith("undid annotate " + id);
        assertThat(run("notes").out()).contains("No annotations yet.");
        assertThat(run("undo").out()).startsWith("Nothing to undo.");
        assertThat(run("redo").out()).startsWith("redid annotate " + id);
        assertThat(run("notes").out()).contains(id.substring(0, 8));
        assertThat(run("unannotate", "0000").err()).contains("no annotation has id 0000");
    }

    @Test
    void categoriesCanBeAddedAndRenamedWithTheirAnnotations() {
        assertThat(run("categories").out()).contains("key judgement").contains("#f2c14e").contains("disagree");
        assertThat(run("categories", "--add", "Hunch", "--colour", "#AA00FF").out()).containsPattern("(?m)^Hunch +#aa00ff$");
        String id = idOf(run("annotate", SEED, "--quote", SENTENCE, "--category", "hunch"));
        CliRun renamed = run("categories", "--rename", "hunch", "--to", "Intuition");
        assertThat(renamed.out()).contains("Intuition").doesNotContain("Hunch");
        assertThat(run("notes").out()).contains(id.substring(0, 8)).contains("[Intuition]");
        assertThat(run("categories", "--add", "x", "--colour", "red").err()).contains("#rrggbb");
    }

    @Test
    void searchFindsANoteAndPrintsItApartFromTheText() throws Exception {
        String id = idOf(run("annotate", SEED, "--quote", SENTENCE, "--note", "Ask Tanaka about the\n2016 deals.",
                "--tag", "Economy", "--category", "evidence"));

        CliRun found = run("search", "tanaka");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).contains("1 hit in 1 briefing for word:tanaka")
                .contains("› Why There's Been No Progress  [constraints]")
                .contains("  note on why-theres-been-no-progress.p1 [evidence] #Economy  Ask [Tanaka] about the "
                        + "2016 deals.")
                .contains("    \"" + SENTENCE + "\"");

        CliRun tagged = run("search", "tag:economy", "economic");
        assertThat(tagged.out()).contains("  note on why-theres-been-no-progress.p1 [evidence] #Economy  Ask Tanaka")
                .contains("    \"Japan has not managed to deliver on many of its [economic] sweeteners.\"");

        JsonNode hit = new ObjectMapper().readTree(run("search", "--json", "tanaka").out()).get("hits").get(0);
        assertThat(hit.get("in").textValue()).isEqualTo("note");
        assertThat(hit.get("annotation").textValue()).isEqualTo(id);
        assertThat(hit.get("tags").get(0).textValue()).isEqualTo("Economy");
        assertThat(hit.get("category").textValue()).isEqualTo("evidence");
        assertThat(hit.get("quote").textValue()).isEqualTo(SENTENCE);
        assertThat(hit.get("orphan").booleanValue()).isFalse();
        JsonNode unit = new ObjectMapper().readTree(run("search", "--json", "sweeteners").out()).get("hits").get(0);
        assertThat(unit.get("in").textValue()).isEqualTo("text");
        assertThat(unit.get("annotation").isNull()).isTrue();

        run("unannotate", id);
        assertThat(run("search", "tanaka").out()).startsWith("No hits for word:tanaka.");
    }

    @Test
    void reimportingAnEditedBriefingMovesAnnotationsAndOrphansWhatWasRemoved() throws Exception {
        String kept = idOf(run("annotate", SEED, "--quote", SENTENCE, "--note", "kept"));
        String removed = idOf(run("annotate", SEED, "--quote", "Time is running out for Japan"));
        Path edited = home.resolve("edited.txt");
        String text = Files.readString(Path.of("samples/japan-russia-2018.txt"), StandardCharsets.UTF_8)
                .replace("Japan has not managed", "To begin with, Japan has not managed")
                .replace("Time is running out for Japan as the period", "The period");
        Files.writeString(edited, text, StandardCharsets.UTF_8);

        CliRun imported = run("import", edited.toString());
        assertThat(imported.out()).contains("replaced");
        assertThat(imported.err()).contains("1 annotation followed the edited text")
                .contains("kept as orphans");

        CliRun notes = run("notes", SEED);
        assertThat(notes.out()).contains(kept.substring(0, 8)).contains("orphans (their passage is no longer")
                .contains(removed.substring(0, 8));
        assertThat(notes.out().indexOf(removed.substring(0, 8)))
                .isGreaterThan(notes.out().indexOf("orphans ("));
    }
}
