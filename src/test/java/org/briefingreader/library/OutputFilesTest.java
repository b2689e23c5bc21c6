package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user asked for is written whole or not at all, and a failure says why in one line. */
class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void contentThatFailsHalfWayLeavesTheOlderFileAsItWas() throws IOException {
        Path target = dir.resolve("notes.md");
        Files.writeString(target, "older export", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutputFiles.replace(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("older export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsOneLine() throws IOException {
        Path missing = dir.resolve("no-such-folder/notes.md");
        assertThatThrownBy(() -> OutputFiles.replace(missing, out -> out.write('x')))
                .hasMessage("cannot write " + missing + ": no such folder");
        assertThatThrownBy(() -> OutputFiles.replace(dir, out -> out.write('x')))
                .hasMessage(dir + " is a folder; give a file name");
        Path written = dir.resolve("ok.csv");
        OutputFiles.replace(written, out -> out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo("a,b\r\n");
    }
}
