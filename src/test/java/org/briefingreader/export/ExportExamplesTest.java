package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/examples are what the exporters write now, so docs/export.md cannot go stale. */
class ExportExamplesTest {
    @Test
    void committedExamplesAreWhatTheExportersWrite() throws IOException {
        if (Boolean.getBoolean("examples.write")) {
            ExportExamples.main(new String[0]);
        }
        for (String file : ExportExamples.exporters().keySet()) {
            Path committed = ExportExamples.DIR.resolve(file);
            assertThat(committed).as("%s (regenerate with -Dexamples.write=true)", committed).exists();
            assertThat(Files.readAllBytes(committed)).as("%s is stale: regenerate with -Dexamples.write=true",
                    committed).isEqualTo(ExportExamples.bytes(file));
        }
    }

    /** Each {@code markdown}, {@code html} and {@code csv} block of docs/export.md is a piece of its example. */
    @Test
    void docsQuoteTheExamplesAsTheyAre() throws IOException {
        Node doc = MarkdownTree.parse(Files.readString(Path.of("docs", "export.md"), StandardCharsets.UTF_8));
        Map<String, String> files = Map.of("markdown", "notes.md", "html", "notes.html", "csv", "notes.csv");
        List<FencedCodeBlock> examples = MarkdownTree.all(doc, FencedCodeBlock.class).stream()
                .filter(b -> files.containsKey(b.getInfo())).toList();

        assertThat(examples).extracting(FencedCodeBlock::getInfo).containsExactlyInAnyOrder("markdown", "html", "csv");
        for (FencedCodeBlock block : examples) {
            String example = Files.readString(ExportExamples.DIR.resolve(files.get(block.getInfo())),
                    StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertThat(example).as("docs/export.md's %s example", block.getInfo()).contains(block.getLiteral());
        }
    }

    @Test
    void mainWritesEveryExampleIntoTheFolderGiven(@TempDir Path dir) throws IOException {
        ExportExamples.main(new String[] {dir.toString()});

        for (String file : ExportExamples.exporters().keySet()) {
            assertThat(Files.readAllBytes(dir.resolve(file))).isEqualTo(ExportExamples.bytes(file));
        }
    }
}
