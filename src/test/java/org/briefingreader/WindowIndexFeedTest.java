package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.briefingreader.app.SyncReport;
import org.briefingreader.ui.shell.IndexState;
import org.junit.jupiter.api.Test;

class WindowIndexFeedTest {
    private final List<String> said = new ArrayList<>();
    private int libraryChanges;
    private final WindowIndexFeed feed = new WindowIndexFeed(() -> libraryChanges++);

    @Test
    void aListenerHearsOpeningThenProgressByWholePercentThenReady() {
        feed.onChange(state -> said.add(state.describe()));
        for (int done = 1; done <= 400; done++) {
            feed.progress(done, 400);
        }
        feed.settled();
        feed.settled();

        assertThat(said).first().isEqualTo("Index: opening\u2026");
        assertThat(said).contains("Index: rebuilding 40%", "Index: rebuilding 100%");
        // 400 briefings, but one update per whole per cent (0 to 100), and "ready" once however many rounds settle.
        assertThat(said).hasSize(1 + 101 + 1).last().isEqualTo("Index: ready");
    }

    @Test
    void aLateListenerHearsTheCurrentState() {
        feed.settled();
        feed.onChange(state -> said.add(state.describe()));
        assertThat(said).containsExactly("Index: ready");
    }

    @Test
    void aFailedRoundSaysUnavailableUntilTheNextGoodOne() {
        feed.onChange(state -> said.add(state.describe()));
        List<IndexState> states = new ArrayList<>();
        feed.onChange(states::add);
        feed.failed(new IOException("disk full"));
        feed.settled();

        assertThat(said).containsExactly("Index: opening\u2026", "Index: unavailable", "Index: ready");
        assertThat(states.get(1)).isInstanceOfSatisfying(IndexState.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("disk full"));
    }

    @Test
    void onlyChangedBriefingsMakeTheWindowListTheLibraryAgain() {
        feed.changed(new SyncReport(0, 0, 3, true, List.of()));
        assertThat(libraryChanges).isZero();
        feed.changed(new SyncReport(2, 0, 0, true, List.of()));
        feed.changed(new SyncReport(0, 1, 0, true, List.of()));
        assertThat(libraryChanges).isEqualTo(2);
    }
}
