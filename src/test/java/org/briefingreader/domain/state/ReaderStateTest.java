package org.briefingreader.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The remembered reader state stays within its bounds, however it is changed. */
class ReaderStateTest {
    @Test
    void defaultsFollowTheSystemThemeAtSixteenPointsWithNothingRemembered() {
        ReaderState state = ReaderState.defaults();
        assertThat(state.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(state.fontSize()).isEqualTo(16);
        assertThat(state.window()).isEmpty();
        assertThat(state.lastBriefing()).isEmpty();
        assertThat(state.recent()).isEmpty();
        assertThat(state.positions()).isEmpty();
        assertThat(state.dividers()).isEmpty();
    }

    @Test
    void systemThemeIsLightWhenTheToolkitCannotTellAndTheOsThemeWhenItCan() {
        assertThat(Theme.SYSTEM.effective(Optional.empty())).isEqualTo(Theme.LIGHT);
        assertThat(Theme.SYSTEM.effective(Optional.of(Theme.DARK))).isEqualTo(Theme.DARK);
        assertThat(Theme.DARK.effective(Optional.of(Theme.LIGHT))).isEqualTo(Theme.DARK);
        assertThat(Theme.LIGHT.effective(Optional.empty())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void fontSizeStepsAreClampedButTheConstructorRefusesOutOfBounds() {
        ReaderState state = ReaderState.defaults();
        assertThat(state.withFontSize(40).fontSize()).isEqualTo(32);
        assertThat(state.withFontSize(2).fontSize()).isEqualTo(10);
        assertThat(state.withFontSize(21.5).fontSize()).isEqualTo(21.5);
        assertThatThrownBy(() -> state.withFontSize(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReaderState(Optional.empty(), List.of(), Theme.LIGHT, 33, Optional.empty(),
                List.of(), List.of())).hasMessageContaining("font size");
        assertThatThrownBy(() -> new ReaderState(Optional.empty(), List.of(), Theme.LIGHT, 9.99, Optional.empty(),
                List.of(), List.of())).hasMessageContaining("font size");
    }

    @Test
    void openingMovesABriefingToTheFrontOfTenRecentWithoutRepeats() {
        ReaderState state = ReaderState.defaults();
        for (int i = 1; i <= 12; i++) {
            state = state.withOpened("b" + i);
        }
        assertThat(state.recent()).hasSize(ReaderState.MAX_RECENT).first().isEqualTo("b12");
        assertThat(state.recent()).last().isEqualTo("b3");
        state = state.withOpened("b7");
        assertThat(state.recent()).hasSize(10).startsWith("b7", "b12", "b11").doesNotHaveDuplicates();
        assertThat(state.lastBriefing()).contains("b7");
    }

    @Test
    void readingPositionsKeepTheFiveHundredMostRecentlyRead() {
        ReaderState state = ReaderState.defaults();
        for (int i = 0; i < 501; i++) {
            state = state.withPosition("b" + i, "p1");
        }
        assertThat(state.positions()).hasSize(ReaderState.MAX_POSITIONS);
        assertThat(state.positionIn("b0")).isEmpty();
        assertThat(state.positionIn("b1")).contains("p1");
        // Reading b1 again makes it the newest, so the next new briefing pushes out b2 instead.
        state = state.withPosition("b1", "p9").withPosition("new", "s1");
        assertThat(state.positionIn("b1")).contains("p9");
        assertThat(state.positionIn("b2")).isEmpty();
        assertThat(state.positions()).hasSize(500).first().isEqualTo(new ReadingPosition("new", "s1"));
    }

    @Test
    void theConstructorRefusesListsOverTheCapsRepeatsAndBadDividers() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "b" + i).toList();
        assertThatThrownBy(() -> new ReaderState(Optional.empty(), List.of(), Theme.LIGHT, 16, Optional.empty(),
                eleven, List.of())).hasMessageContaining("at most 10 recent");
        assertThatThrownBy(() -> new ReaderState(Optional.empty(), List.of(), Theme.LIGHT, 16, Optional.empty(),
                List.of("a", "a"), List.of())).hasMessageContaining("repeat");
        assertThatThrownBy(() -> new ReaderState(Optional.empty(), List.of(), Theme.LIGHT, 16, Optional.empty(),
                List.of(), List.of(new ReadingPosition("a", "p1"), new ReadingPosition("a", "p2"))))
                .hasMessageContaining("two reading positions");
        assertThatThrownBy(() -> ReaderState.defaults().withDividers(List.of(0.3, 1.2)))
                .hasMessageContaining("fraction");
        assertThatThrownBy(() -> ReaderState.defaults().withDividers(List.of(Double.NaN)))
                .hasMessageContaining("fraction");
        assertThatThrownBy(() -> new WindowPlacement(0, 0, 0, 600, false)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new ReadingPosition("b", " ")).hasMessageContaining("unitId");
    }

    @Test
    void forgettingABriefingClearsItEverywhere() {
        ReaderState state = ReaderState.defaults().withOpened("a").withOpened("b").withPosition("b", "p2")
                .withPosition("a", "p1");
        ReaderState forgotten = state.without("b");
        assertThat(forgotten.lastBriefing()).isEmpty();
        assertThat(forgotten.recent()).containsExactly("a");
        assertThat(forgotten.positionIn("b")).isEmpty();
        assertThat(forgotten.positionIn("a")).contains("p1");
    }
}
