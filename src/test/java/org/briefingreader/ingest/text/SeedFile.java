package org.briefingreader.ingest.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the seed briefing: the copy among the test resources, else the shared one beside the checkout. */
final class SeedFile {
    static final String NAME = "japan-russia-2018.txt";
    private static final Path SHARED = Path.of("..", "shared", "seed", NAME);

    private SeedFile() {
    }

    /** The seed's path; the test is skipped (not failed) when neither copy exists. */
    static Path path() {
        URL resource = SeedFile.class.getResource(NAME);
        if (resource != null) {
            try {
                return Path.of(resource.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("test resource with a bad URI: " + resource, e);
            }
        }
        assumeTrue(Files.isRegularFile(SHARED), "seed briefing absent: neither the test resource " + NAME
                + " nor " + SHARED.toAbsolutePath());
        return SHARED;
    }
}
