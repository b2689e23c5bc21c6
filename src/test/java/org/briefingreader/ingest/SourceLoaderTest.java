package org.briefingreader.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.domain.BriefingInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {
    @TempDir
    Path dir;

    private final SourceLoader loader = new SourceLoader(1000);

    @Test
    void utf8ByteOrderMarkIsDroppedButCountsInTheHash() throws Exception {
        Path withBom = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        Path without = Files.write(dir.resolve("plain.txt"), "Hi".getBytes(StandardCharsets.UTF_8));
        SourceText a = loader.load(withBom);
        SourceText b = loader.load(without);
        assertThat(a.text()).isEqualTo("Hi").isEqualTo(b.text());
        assertThat(a.contentHash()).startsWith("sha256:").hasSize(7 + 64).isNotEqualTo(b.contentHash());
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void invalidUtf8NamesTheFirstBadByte() throws Exception {
        byte[] bytes = "Caf\u00e9 ok".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        SourceText text = loader.load(Files.write(dir.resolve("old.txt"), bytes));
        assertThat(text.text()).isEqualTo("Caf\u00e9 ok");
        assertThat(text.warnings()).containsExactly(dir.resolve("old.txt")
                + ": not valid UTF-8 (first bad byte at offset 3); read as windows-1252");
    }

    @Test
    void aFewControlCharactersAreTextButManyAreBinary() throws Exception {
        String text = "Line one\u0007 with a bell\n" + "x".repeat(100);
        assertThat(loader.load(Files.writeString(dir.resolve("bell.txt"), text, StandardCharsets.UTF_8)).text())
                .isEqualTo(text);
        byte[] noisy = new byte[200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path binary = Files.write(dir.resolve("noisy.txt"), noisy);
        assertThatThrownBy(() -> loader.load(binary)).isInstanceOf(BriefingInputException.class)
                .hasMessage(binary + ": this is a binary file, not text");
    }

    @Test
    void fileAtTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
        Path atLimit = Files.writeString(dir.resolve("at.txt"), "a".repeat(1000), StandardCharsets.UTF_8);
        Path over = Files.writeString(dir.resolve("over.txt"), "a".repeat(1001), StandardCharsets.UTF_8);
        assertThat(loader.load(atLimit).text()).hasSize(1000);
        assertThatThrownBy(() -> loader.load(over)).isInstanceOf(BriefingInputException.class)
                .hasMessage(over + ": the file is 1,001 bytes, over the 1,000 bytes size limit");
    }

    @Test
    void whitespaceOnlyFileAndFolderAreRefused() throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \u00A0\n\t\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(blank)).hasMessage(blank + ": the file has only whitespace");
        Path folder = Files.createDirectories(dir.resolve("folder.txt"));
        assertThatThrownBy(() -> loader.load(folder)).hasMessage(folder + ": is a folder, not a file");
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> loader.load(missing)).hasMessage(missing + ": no such file");
    }
}
