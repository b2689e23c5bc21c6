package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.briefingreader.ui.reader.ReaderPlace;
import org.junit.jupiter.api.Test;

class NavigationHistoryTest {
    private final NavigationHistory history = new NavigationHistory();
    private final ReaderPlace a = ReaderPlace.of("alpha", "title");
    private final ReaderPlace b = ReaderPlace.of("alpha", "the-history");
    private final ReaderPlace c = ReaderPlace.of("beta", "part-2");

    @Test
    void backReturnsTheLastPlaceLeftAndForwardTheOneBackLeft() {
        history.jumped(a);
        history.jumped(b);

        assertThat(history.back(c)).contains(b);
        assertThat(history.back(b)).contains(a);
        assertThat(history.back(a)).isEmpty();
        assertThat(history.canGoBack()).isFalse();
        assertThat(history.forward(a)).contains(b);
        assertThat(history.forward(b)).contains(c);
        assertThat(history.canGoForward()).isFalse();
        assertThat(history.back(c)).contains(b);
    }

    @Test
    void aJumpAfterGoingBackDropsThePlacesAhead() {
        history.jumped(a);
        history.back(b);
        assertThat(history.canGoForward()).isTrue();

        history.jumped(a);

        assertThat(history.canGoForward()).isFalse();
        assertThat(history.forward(c)).isEmpty();
    }

    @Test
    void theSamePlaceTwiceInARowIsKeptOnce() {
        history.jumped(a);
        history.jumped(a);

        assertThat(history.backSize()).isEqualTo(1);
    }

    @Test
    void theOldestPlacesFallOffPastTheCapacity() {
        NavigationHistory small = new NavigationHistory(3);
        for (int i = 1; i <= 5; i++) {
            small.jumped(ReaderPlace.of("briefing-" + i, "title"));
        }

        assertThat(small.backSize()).isEqualTo(3);
        assertThat(small.back(c)).contains(ReaderPlace.of("briefing-5", "title"));
        small.back(a);
        assertThat(small.back(a)).contains(ReaderPlace.of("briefing-3", "title"));
        assertThat(small.back(a)).isEmpty();
        assertThat(new NavigationHistory().backSize()).isZero();
        assertThatThrownBy(() -> new NavigationHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
