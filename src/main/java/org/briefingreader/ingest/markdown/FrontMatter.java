package org.briefingreader.ingest.markdown;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingreader.domain.BriefingInputException;

/**
 * Splits YAML front matter off the top of a Markdown file and reads it as a key-value map.
 *
 * <p>{@code "---\ntitle: Hello\ndate: 2015-10-09\n---\nBody"} gives {@code {title=Hello, date=2015-10-09}} and
 * the body {@code "Body"} starting on line 5. The block opens with a line {@code ---} as the very first line and
 * closes with a line {@code ---} or {@code ...}. Without a closing line the file is read as Markdown from the top
 * (with a warning). YAML that does not parse, or is not a map of keys, is refused with the file and line.
 *
 * @param values   the front matter's keys and values, in order; empty when there is none
 * @param body     the Markdown after the front matter
 * @param bodyLine the 1-based line of the file where {@code body} starts
 * @param warnings what was odd about the front matter
 */
record FrontMatter(Map<String, Object> values, String body, int bodyLine, List<String> warnings) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\R");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$(\\R|\\z)", Pattern.MULTILINE);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    FrontMatter {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        warnings = List.copyOf(warnings);
    }

    /** The front matter of {@code text} (read from {@code file}), or none with the whole text as body. */
    static FrontMatter split(Path file, String text) throws BriefingInputException {
        Matcher open = OPENING.matcher(text);
        if (!open.lookingAt()) {
            return new FrontMatter(Map.of(), text, 1, List.of());
        }
        Matcher close = CLOSING.matcher(text);
        if (!close.find(open.end())) {
            return new FrontMatter(Map.of(), text, 1,
                    List.of("front matter opened on line 1 is never closed with ---; read as Markdown"));
        }
        String yaml = text.substring(open.end(), close.start());
        int bodyLine = 2 + lines(yaml) + 1;
        return new FrontMatter(parse(file, yaml), text.substring(close.end()), bodyLine, List.of());
    }

    private static Map<String, Object> parse(Path file, String yaml) throws BriefingInputException {
        if (yaml.isBlank()) {
            return Map.of();
        }
        Object tree;
        try {
            tree = YAML.readValue(yaml, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 2 : at.getLineNr() + 1;
            String why = Optional.ofNullable(e.getOriginalMessage()).orElse("not valid YAML").split("\\R")[0];
            throw new BriefingInputException(file, line, -1, "front matter is not valid YAML: " + why, null);
        }
        if (tree == null) {
            return Map.of();
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new BriefingInputException(file, 2, -1, "front matter is not a list of key: value lines", null);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                values.put(String.valueOf(k), v);
            }
        });
        return values;
    }

    private static int lines(String yaml) {
        int count = 0;
        Matcher m = LINE_BREAK.matcher(yaml);
        while (m.find()) {
            count++;
        }
        return count;
    }
}
