package org.briefingreader.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void briefingIdIsTitleSlugPlusDate() {
        assertThat(Ids.briefingId("Japan Wants Closer Relations With Russia. Good Luck With That.",
                Optional.of(LocalDate.of(2018, 5, 25)), "x.txt"))
                .isEqualTo("japan-wants-closer-relations-with-russia-good-luck-with-that-2018-05-25");
    }

    @Test
    void briefingIdFallsBackToFileNameAndStaysSafe() {
        assertThat(Ids.briefingId("¿¡!", Optional.empty(), "Café Notes (v2).TXT")).isEqualTo("cafe-notes-v2");
        assertThat(Ids.briefingId("", Optional.empty(), "CON.txt")).isEqualTo("con-briefing");
        assertThat(Ids.briefingId("", Optional.empty(), "...")).isEqualTo("briefing");
    }

    @Test
    void longTitlesAreCutAtAWordWithinTheLimit() {
        String id = Ids.briefingId("word ".repeat(60), Optional.of(LocalDate.of(2020, 1, 2)), "a.txt");
        assertThat(id).hasSizeLessThanOrEqualTo(Ids.MAX_BRIEFING_ID_LENGTH).endsWith("word-2020-01-02");
        assertThat(Ids.isValidBriefingId(id)).isTrue();
    }
}
