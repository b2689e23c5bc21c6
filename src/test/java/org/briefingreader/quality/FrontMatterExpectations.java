package org.briefingreader.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected values of a Markdown post with YAML front matter (the 18F blog): title and date from the front matter,
 * headings = the Markdown headings of the body after it ({@link MarkdownHeadings}); no expected body.
 */
public final class FrontMatterExpectations {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R(.*?)\\R---[ \\t]*(\\R|\\z)",
            Pattern.DOTALL);
    private static final YAMLMapper YAML = new YAMLMapper();

    private FrontMatterExpectations() {
    }

    /** The expected values for {@code post}. */
    public static Expected read(Path post) throws IOException {
        String text = Files.readString(post, StandardCharsets.UTF_8);
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            throw new IOException(post + ": no YAML front matter");
        }
        JsonNode yaml = YAML.readTree(m.group(1));
        JsonNode date = yaml.path("date");
        Optional<ExpectedDate> day = date.isValueNode() && !date.asText().isBlank()
                ? Optional.of(ExpectedDate.parse(date.asText()))
                : Optional.empty();
        return new Expected(Optional.of(yaml.path("title").asText("")), day,
                Optional.of(MarkdownHeadings.of(text.substring(m.end()))), Optional.empty(), "front matter + Markdown");
    }
}
