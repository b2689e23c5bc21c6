package org.briefingreader.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorDetailsTest {
    @Test
    void eachCauseIsOneLineOutermostFirst() {
        IOException root = new IOException("disk full");
        RuntimeException outer = new RuntimeException("saving failed", new IllegalStateException("flush", root));

        assertThat(ErrorDetails.chain(outer)).isEqualTo("""
                RuntimeException: saving failed
                caused by IllegalStateException: flush
                caused by IOException: disk full""");
    }

    @Test
    void aCycleInTheCausesIsFollowedOnce() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);

        assertThat(ErrorDetails.chain(first).lines()).hasSize(2);
    }

    @Test
    void countsGroupThousands() {
        assertThat(DisplayFormats.count(2098, "briefing")).isEqualTo("2,098 briefings");
        assertThat(DisplayFormats.count(1, "briefing")).isEqualTo("1 briefing");
    }
}
