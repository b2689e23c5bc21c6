package org.briefingreader.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.json.BriefingJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a library's folders, creating them, and seeds a new library with the bundled briefing.
 *
 * <p>A library is new while {@code data/library.properties} is absent. The marker is written (atomically)
 * after the seed, so a library whose seeding was interrupted is seeded again; a user who deletes the seeded
 * briefing later does not get it back.
 */
public final class LibraryFolder {
    /** The marker that says this folder already is a library. */
    public static final String MARKER = "library.properties";
    /** The bundled briefing on the class path (copied there from samples/ by the build). */
    public static final String BUNDLED_BRIEFING = "/org/briefingreader/samples/japan-russia-2018.json";

    private static final Logger LOG = LoggerFactory.getLogger(LibraryFolder.class);

    private LibraryFolder() {
    }

    /** Creates the folders if needed, seeds a new library, and returns its briefing store. */
    public static JsonBriefingStore open(LibraryPaths paths) throws IOException {
        for (Path dir : new Path[] {paths.data(), paths.config(), paths.state(), paths.logs(), paths.cache()}) {
            Files.createDirectories(dir);
        }
        JsonBriefingStore store = new JsonBriefingStore(paths.briefings());
        Path marker = paths.data().resolve(MARKER);
        if (!Files.exists(marker)) {
            store.save(bundledBriefing());
            String created = "# Briefing Reader library\nformat=1\ncreated=" + Instant.now() + "\n";
            AtomicFiles.replace(marker, created.getBytes(StandardCharsets.UTF_8), AtomicFiles.NONE);
            LOG.info("New library at {}, seeded with the bundled briefing", paths.data());
        }
        return store;
    }

    /** The Japan-Russia briefing that ships with the product. */
    public static Briefing bundledBriefing() throws IOException {
        try (InputStream in = LibraryFolder.class.getResourceAsStream(BUNDLED_BRIEFING)) {
            if (in == null) {
                throw new IOException("the bundled briefing is missing from the application (" + BUNDLED_BRIEFING
                        + ")");
            }
            return BriefingJson.read(in.readAllBytes(), Path.of("japan-russia-2018.json"));
        } catch (BriefingInputException e) {
            throw new IOException("the bundled briefing is damaged: " + e.oneLine(), e);
        }
    }
}
