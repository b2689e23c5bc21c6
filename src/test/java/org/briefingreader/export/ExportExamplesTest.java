package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void mainWritesEveryExampleIntoTheFolderGiven(@TempDir Path dir) throws IOException {
        ExportExamples.main(new String[] {dir.toString()});

        for (String file : ExportExamples.exporters().keySet()) {
            assertThat(Files.readAllBytes(dir.resolve(file))).isEqualTo(ExportExamples.bytes(file));
        }
    }
}
