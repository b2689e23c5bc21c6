package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing show --text} draws list items as Markdown does; {@code --json} carries the marks as stored. */
class CliShowListsTest {
    private static final String BRIEFING = """
            {"schemaVersion": 1, "title": "Steps",
             "summary": [{"id": "summary.b1", "text": "A plan."}],
             "lede": [{"id": "lede.p1", "text": "Why:", "list": "bullet"}],
             "sections": [{"id": "plan", "heading": "The Plan", "kind": "other", "paragraphs": [
               {"id": "plan.p1", "text": "Three steps."},
               {"id": "plan.p2", "text": "Agree.", "list": "numbered"},
               {"id": "plan.p3", "text": "Sign.\\nThen ratify.", "list": "numbered"},
               {"id": "plan.p4", "text": "Risks:", "list": "bullet"},
               {"id": "plan.p5", "text": "Delay.", "list": "numbered"},
               {"id": "plan.p6", "text": "The end."}]}]}
            """;

    @TempDir
    Path home;

    @BeforeEach
    void importBriefing() throws Exception {
        Path file = home.resolve("steps.json");
        Files.writeString(file, BRIEFING, StandardCharsets.UTF_8);
        assertThat(CliRun.in(home, "import", file.toString()).code()).isZero();
    }

    @Test
    void textShowsListItemsWithTheirMarksOneListToABlock() {
        CliRun shown = CliRun.in(home, "show", "steps", "--text");

        assertThat(shown.code()).isZero();
        assertThat(shown.out()).contains("\n\n• A plan.\n\n- Why:\n\n## The Plan\n\nThree steps.\n\n"
                + "1. Agree.\n2. Sign.\n   Then ratify.\n- Risks:\n1. Delay.\n\nThe end.\n");
    }

    @Test
    void jsonKeepsTheMarksOutOfTheText() throws Exception {
        JsonNode paragraphs = new ObjectMapper().readTree(CliRun.in(home, "show", "steps", "--json").out())
                .get("sections").get(0).get("paragraphs");

        assertThat(paragraphs.get(1).get("text").asText()).isEqualTo("Agree.");
        assertThat(paragraphs.get(1).get("list").asText()).isEqualTo("numbered");
        assertThat(paragraphs.get(0).has("list")).isFalse();
    }
}
