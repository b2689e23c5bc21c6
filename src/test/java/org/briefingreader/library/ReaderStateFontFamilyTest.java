package org.briefingreader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.briefingreader.domain.state.ReaderState;
import org.junit.jupiter.api.Test;

/** The reading font's family is remembered with the size, and an older file without it reads as serif. */
class ReaderStateFontFamilyTest {
    @Test
    void theFamilyRoundTripsThroughTheFile() throws Exception {
        ReaderState state = ReaderState.defaults().withFontFamily("DejaVu Sans").withFontSize(20);
        byte[] bytes = ReaderStateJson.write(state);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"fontFamily\" : \"DejaVu Sans\"");
        assertThat(ReaderStateJson.read(bytes)).isEqualTo(state);
        assertThat(ReaderStateJson.read(bytes).withOpened("b1").fontFamily()).as("kept by every with...")
                .isEqualTo("DejaVu Sans");
    }

    @Test
    void aFileWithoutAFamilyReadsAsTheDefaultSerif() throws Exception {
        ReaderState read = ReaderStateJson.read("{\"schemaVersion\":1,\"fontSize\":18}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read.fontFamily()).isEqualTo(ReaderState.DEFAULT_FONT_FAMILY).isEqualTo("Serif");
    }

    @Test
    void aFamilyThatWouldBreakOutOfAStyleRefusesTheFile() {
        assertThatThrownBy(() -> ReaderStateJson.read("{\"schemaVersion\":1,\"fontFamily\":\"x\\\"; -fx-a: b\"}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ReaderStateJson.Unusable.class)
                .hasMessageContaining("a font family has 1 to 100 characters");
        assertThatThrownBy(() -> ReaderState.defaults().withFontFamily("a\n\nb"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
