package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.domain.Briefing;
import org.briefingreader.json.SampleBriefings;
import org.briefingreader.library.JsonBriefingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing ahead (start-up) hands its one listing to the next list() call; later calls read the folder again. */
class LibraryServiceTest {
    @TempDir
    Path home;

    @Test
    void theListingAheadIsTakenOnceThenTheFolderIsReadAgain() throws IOException {
        JsonBriefingStore store = new JsonBriefingStore(home.resolve("briefings"));
        store.save(SampleBriefings.withId(SampleBriefings.minimal(), "first-briefing"));
        LibraryService library = new LibraryService(store);

        library.listAhead();
        assertThat(library.list()).extracting(Briefing::id).containsExactly("first-briefing");

        store.save(SampleBriefings.withId(SampleBriefings.minimal(), "second-briefing"));
        assertThat(library.list()).extracting(Briefing::id)
                .containsExactlyInAnyOrder("first-briefing", "second-briefing");
    }

    @Test
    void aFailedListingAheadFailsTheListCallThatTakesIt() throws IOException {
        Path folder = home.resolve("briefings");
        LibraryService library = new LibraryService(new JsonBriefingStore(folder));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        Files.writeString(folder, "a file where the folder was", StandardCharsets.UTF_8);

        library.listAhead();
        assertThatThrownBy(library::list).isInstanceOf(IOException.class);
    }
}
