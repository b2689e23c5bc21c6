package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.ingest.BriefingFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's import formats include Markdown under both of its extensions. */
class MarkdownFormatRegistrationTest {
    @TempDir
    Path dir;

    @Test
    void markdownFilesAreImportedByTheDesktopFormats() throws Exception {
        BriefingFormats formats = DesktopBackend.formats(1_000_000);
        assertThat(formats.extensions()).contains(".md", ".markdown");
        Path file = dir.resolve("notes.markdown");
        Files.writeString(file, "# Notes\n\nSome text.\n\n## Part\n\nMore.\n", StandardCharsets.UTF_8);
        assertThat(formats.parse(file).briefing().sections()).extracting(s -> s.heading()).containsExactly("Part");
    }
}
