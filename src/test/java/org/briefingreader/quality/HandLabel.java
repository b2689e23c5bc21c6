package org.briefingreader.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Expected values written by a person who read the document, kept as
 * {@code src/test/resources/org/briefingreader/quality/labels/<corpus>/<file name without extension>.json}
 * (see the README there): {@code {"title": "...", "date": "2026-04-21" or null, "headings": ["...", ...],
 * "body": {"select": "css", "drop": ["css", ...]}}}, the body part optional.
 *
 * @param title        the headline
 * @param date         the publication day; empty when the document shows none
 * @param headings     the article's section headings in order
 * @param bodySelect   for HTML: a CSS selector for the element(s) holding the whole article text, if labelled
 * @param bodyDrop     CSS selectors of parts inside it that are not article text (share bars, figure credits)
 */
public record HandLabel(String title, Optional<ExpectedDate> date, List<String> headings,
        Optional<String> bodySelect, List<String> bodyDrop) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public HandLabel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        headings = List.copyOf(headings);
        Objects.requireNonNull(bodySelect, "bodySelect");
        bodyDrop = List.copyOf(bodyDrop);
    }

    /** The label for {@code file} of {@code corpus} among the test resources, if one was written. */
    public static Optional<HandLabel> find(String corpus, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String resource = "labels/" + corpus + "/" + (dot > 0 ? name.substring(0, dot) : name) + ".json";
        try (InputStream in = HandLabel.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("label " + resource + " unreadable", e);
        }
    }

    /** A label from its JSON text. */
    public static HandLabel parse(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode date = root.path("date");
        List<String> headings = new ArrayList<>();
        root.path("headings").forEach(h -> headings.add(h.asText()));
        JsonNode body = root.path("body");
        List<String> drop = new ArrayList<>();
        body.path("drop").forEach(d -> drop.add(d.asText()));
        return new HandLabel(root.path("title").asText(""),
                date.isTextual() ? Optional.of(ExpectedDate.parse(date.asText())) : Optional.empty(),
                headings,
                body.path("select").isTextual() ? Optional.of(body.path("select").asText()) : Optional.empty(),
                drop);
    }
}
