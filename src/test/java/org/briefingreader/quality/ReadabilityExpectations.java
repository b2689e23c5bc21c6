package org.briefingreader.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Expected values of a Mozilla Readability test page ({@code test-pages/<name>/source.html}), from its neighbours:
 * title (an empty one is not scored) and {@code publishedTime} from {@code expected-metadata.json} (a null time means none expected), body text
 * from {@code expected.html} (jsoup's text of the whole extract) and headings = the texts of its h1, h2 and h3
 * elements in document order.
 */
public final class ReadabilityExpectations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadabilityExpectations() {
    }

    /** The expected values for {@code source}, a {@code source.html} beside the two expected files. */
    public static Expected read(Path source) throws IOException {
        Path dir = source.toAbsolutePath().getParent();
        JsonNode meta = JSON.readTree(Files.readString(dir.resolve("expected-metadata.json"), StandardCharsets.UTF_8));
        Document extract = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8));
        JsonNode time = meta.path("publishedTime");
        Optional<ExpectedDate> date = time.isTextual() && !time.asText().isBlank()
                ? Optional.of(ExpectedDate.parse(time.asText()))
                : Optional.empty();
        return new Expected(Optional.of(meta.path("title").asText("")), date,
                Optional.of(extract.select("h1, h2, h3").eachText()), Optional.of(extract.body().text()),
                "expected-metadata.json + expected.html");
    }
}
