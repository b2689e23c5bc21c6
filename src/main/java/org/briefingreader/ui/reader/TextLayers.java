package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefingreader.domain.TextRange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Layers of style classes over ranges of the pane's text (search hits, the current hit, later highlights), turned
 * into the segment styles of the whole text in one piece, so the area is restyled in one call.
 *
 * <p>Where ranges overlap, the characters carry the union of their classes, in the order the classes were first
 * added; characters under no range carry none. Paragraph styles are not touched. Ranges reaching past the text are
 * cut at its end; empty ranges mark nothing. Needs no toolkit.
 */
public final class TextLayers {
    private final List<Layer> layers = new ArrayList<>();

    /** One range of one layer: the characters {@code range} carry {@code styleClass}. */
    public record Layer(TextRange range, String styleClass) {
        public Layer {
            Objects.requireNonNull(range, "range");
            if (Objects.requireNonNull(styleClass, "styleClass").isBlank()) {
                throw new IllegalArgumentException("a layer needs a style class");
            }
        }
    }

    public TextLayers add(TextRange range, String styleClass) {
        layers.add(new Layer(range, styleClass));
        return this;
    }

    public TextLayers addAll(Collection<TextRange> ranges, String styleClass) {
        ranges.forEach(range -> add(range, styleClass));
        return this;
    }

    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** The segment styles of a text of {@code length} characters: spans covering exactly {@code [0, length)}. */
    public StyleSpans<Collection<String>> spans(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length: " + length);
        }
        Map<String, Integer> classIndex = new LinkedHashMap<>();
        List<int[]> edges = new ArrayList<>();
        for (Layer layer : layers) {
            int start = Math.min(layer.range().start(), length);
            int end = Math.min(layer.range().end(), length);
            if (end > start) {
                int index = classIndex.computeIfAbsent(layer.styleClass(), c -> classIndex.size());
                edges.add(new int[] {start, index, 1});
                edges.add(new int[] {end, index, -1});
            }
        }
        edges.sort(Comparator.comparingInt(edge -> edge[0]));
        List<String> classes = List.copyOf(classIndex.keySet());
        int[] depth = new int[classes.size()];
        Spans spans = new Spans();
        int at = 0;
        for (int[] edge : edges) {
            if (edge[0] > at) {
                spans.add(styleOf(depth, classes), edge[0] - at);
                at = edge[0];
            }
            depth[edge[1]] += edge[2];
        }
        spans.add(List.of(), length - at);
        return spans.create();
    }

    private static List<String> styleOf(int[] depth, List<String> classes) {
        List<String> style = new ArrayList<>();
        for (int i = 0; i < depth.length; i++) {
            if (depth[i] > 0) {
                style.add(classes.get(i));
            }
        }
        return List.copyOf(style);
    }

    /** Collects spans, joining neighbours of equal style, so equal styles never make two segments. */
    private static final class Spans {
        private final StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        private List<String> style = List.of();
        private int length;
        private boolean any;

        void add(List<String> next, int chars) {
            if (chars == 0) {
                return;
            }
            if (!next.equals(style)) {
                flush();
                style = next;
            }
            length += chars;
        }

        StyleSpans<Collection<String>> create() {
            flush();
            if (!any) {
                builder.add(List.of(), 0);
            }
            return builder.create();
        }

        private void flush() {
            if (length > 0) {
                builder.add(style, length);
                any = true;
            }
            length = 0;
        }
    }
}
