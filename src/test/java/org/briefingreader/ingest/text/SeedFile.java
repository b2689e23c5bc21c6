package org.briefingreader.ingest.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the seed briefing: the byte-for-byte copy among the test resources, else the shared one. */
final class SeedFile {
    static final String NAME = "japan-russia-2018.txt";
    private static final Path RESOURCE = Path.of("src", "test", "resources", "org", "briefingreader", "ingest",
            "text", NAME);
    private static final Path SHARED = Path.of("..", "shared", "seed", NAME);

    private SeedFile() {
    }

    /** The seed's path (tests run in the project folder); the test is skipped when neither copy exists. */
    static Path path() {
        if (Files.isRegularFile(RESOURCE)) {
            return RESOURCE;
        }
        assumeTrue(Files.isRegularFile(SHARED), "seed briefing absent: neither " + RESOURCE.toAbsolutePath()
                + " nor " + SHARED.toAbsolutePath());
        return SHARED;
    }
}
