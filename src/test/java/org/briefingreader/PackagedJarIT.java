package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as a user would, in its own JVM with no locale set (as on CI), so problems that only
 * the packaged artifact has (manifest, services files, resources, charsets) show up.
 */
class PackagedJarIT {
    private static final String SEED_ID = "japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25";

    @TempDir
    Path home;

    private record Run(int code, String out, String err) {
    }

    private Run briefing(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("briefing.jar", "target/briefing-reader.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        builder.environment().put(org.briefingreader.library.LibraryPaths.HOME_VARIABLE, home.toString());
        Path out = home.resolve("stdout");
        Path err = home.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("briefing finished within a minute").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Run version = briefing("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Briefing Reader 0.").doesNotContain("development build");
    }

    @Test
    void outputIsUtf8WithoutALocale() throws Exception {
        Run text = briefing("show", SEED_ID, "--text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("• The Japanese prime minister's political troubles")
                .contains("Russia — and circumstances today").contains("Copyright © Stratfor")
                .doesNotContain("?");
        assertThat(text.err()).isEmpty();
    }

    @Test
    void importOfTheSampleFolderIsIdempotentAgainstTheSeed() throws Exception {
        Run imported = briefing("import", "samples");
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("0 added, 0 replaced, 2 unchanged, 0 failed");
    }

    @Test
    void commandsLogToTheLibrarysStateFolder() throws Exception {
        briefing("import", "samples");
        Path log = home.resolve("state/logs/briefing-reader.log");
        assertThat(log).isRegularFile();
    }

    @Test
    void internalErrorIsOneLineWithoutAStackTrace() throws Exception {
        Path blocker = Files.writeString(home.resolve("not-a-folder"), "a file where a folder must go");
        Run failed = briefing("--library", blocker.resolve("lib").toString(), "list");
        assertThat(failed.code()).isEqualTo(3);
        assertThat(failed.err().lines()).singleElement().asString().startsWith("briefing: internal error: ")
                .contains("not-a-folder");
        assertThat(failed.err()).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(failed.out()).isEmpty();
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        Run usage = briefing("list", "--nonsense");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).startsWith("briefing: Unknown option: '--nonsense'");
    }
}
