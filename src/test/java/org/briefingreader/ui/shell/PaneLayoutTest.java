package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaneLayoutTest {
    @Test
    void aLayoutSurvivesTheStoredForm() {
        PaneLayout layout = new PaneLayout(0.2, 0.75, false, true);

        assertThat(layout.toStored()).containsExactly(0.2, 0.75, 0.0, 1.0);
        assertThat(PaneLayout.fromStored(layout.toStored())).isEqualTo(layout);
    }

    @Test
    void twoPositionsMeanBothPanesShown() {
        assertThat(PaneLayout.fromStored(List.of(0.3, 0.7))).isEqualTo(new PaneLayout(0.3, 0.7, true, true));
    }

    @Test
    void anUnreadableStoredFormGivesTheDefault() {
        assertThat(PaneLayout.fromStored(List.of())).isEqualTo(PaneLayout.DEFAULT);
        assertThat(PaneLayout.fromStored(List.of(0.5))).isEqualTo(PaneLayout.DEFAULT);
        assertThat(PaneLayout.fromStored(List.of(0.8, 0.2))).isEqualTo(PaneLayout.DEFAULT);
    }

    @Test
    void crossedOrOutOfRangeDividersAreRefused() {
        assertThatThrownBy(() -> new PaneLayout(0.8, 0.2, true, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaneLayout(-0.1, 0.2, true, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaneLayout(0.1, Double.NaN, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
