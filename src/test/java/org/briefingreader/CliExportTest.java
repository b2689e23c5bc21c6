package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and import-notes on real library folders (in process), through every format. */
class CliExportTest {
    private static final String SEED = "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";
    private static final String ECONOMY = "Japan has not managed to deliver on many of its economic sweeteners.";
    private static final String OUTLOOK = "This does not mean that Russia will slam the door shut.";

    @TempDir
    Path dir;

    private static CliRun run(Path home, String... args) {
        return CliRun.in(home, args);
    }

    private Path home;

    @BeforeEach
    void annotate() {
        home = dir.resolve("laptop");
        assertThat(run(home, "annotate", SEED, "--quote", ECONOMY, "--note", "Compare *2016*.", "--tag", "economy",
                "--category", "evidence").code()).isZero();
        assertThat(run(home, "annotate", SEED, "--quote", OUTLOOK, "--tag", "outlook",
                "--category", "key judgement").code()).isZero();
    }

    @Test
    void markdownToStandardOutputHoldsPassagesNotesAndLinks() {
        CliRun md = run(home, "export", "--format", "md");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("---\n").contains("Compare *2016*.").contains("briefing-reader://open?briefing="
                + SEED + "&annotation=").contains("evidence");
        assertThat(md.err()).contains("exported 2 annotations of 1 briefing (the library) as md");
    }

    @Test
    void filtersChooseByTagCategoryKindAndQuery() {
        assertThat(run(home, "export", "--format", "csv", "--tag", "ECONOMY").out()).contains("sweeteners")
                .doesNotContain("slam the door");
        assertThat(run(home, "export", "--format", "csv", "--category", "key judgement").out())
                .contains("slam the door").doesNotContain("sweeteners");
        assertThat(run(home, "export", "--format", "csv", "--kind", "outlook").out()).contains("slam the door")
                .doesNotContain("sweeteners");
        assertThat(run(home, "export", "--format", "csv", "--query", "sweeteners").out()).contains("sweeteners")
                .doesNotContain("slam the door");
        CliRun none = run(home, "export", "--format", "csv", "--tag", "nothing");
        assertThat(none.code()).isZero();
        assertThat(none.err()).contains("exported 0 annotations");
    }

    @Test
    void aFileIsWrittenWholeAndABadPathLeavesNothing() throws Exception {
        Path html = dir.resolve("notes.html");
        CliRun written = run(home, "export", "--format", "html", "-o", html.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<!DOCTYPE html>").contains("sweeteners");

        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "not a folder", StandardCharsets.UTF_8);
        CliRun failed = run(home, "export", "--format", "md", "-o", blocker.resolve("notes.md").toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().lines()).hasSize(1);
        assertThat(failed.err()).startsWith("error: cannot write " + blocker.resolve("notes.md"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("laptop", "notes.html",
                    "a-file");
        }
        CliRun bogus = run(home, "export", "--format", "docx");
        assertThat(bogus.code()).isEqualTo(1);
        assertThat(bogus.err()).contains("unknown export format 'docx' (formats: md, html, jsonld, csv)");
    }

    @Test
    void csvBomOnlyWhenAsked() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        run(home, "export", "--format", "csv", "-o", plain.toString());
        run(home, "export", "--format", "csv", "--bom", "-o", excel.toString());
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'H');
        assertThat(Files.readAllBytes(excel)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(run(home, "export", "--format", "md", "--bom").code()).isEqualTo(2);
    }

    @Test
    void jsonLdCarriesTheNotesToAFreshLibrary() throws Exception {
        Path jsonld = dir.resolve("notes.jsonld");
        assertThat(run(home, "export", "--format", "jsonld", "-o", jsonld.toString()).code()).isZero();
        Path fresh = dir.resolve("new-laptop");
        CliRun imported = run(fresh, "import-notes", jsonld.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 added, 0 updated, 0 unchanged");
        assertThat(run(fresh, "notes", "--json").out()).isEqualTo(run(home, "notes", "--json").out());
        assertThat(run(fresh, "import-notes", jsonld.toString()).out()).contains("0 added, 0 updated, 2 unchanged");

        Path broken = dir.resolve("broken.jsonld");
        Files.writeString(broken, "{ \"type\": ", StandardCharsets.UTF_8);
        CliRun bad = run(fresh, "import-notes", broken.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.err()).startsWith("error: " + broken);
    }
}
