package org.briefingreader.ui.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingreader.domain.annotation.Annotation;

/**
 * Completion of tags from those the library already uses: {@code "ec"} offers {@code economy} before
 * {@code tech economics}, and never a tag the note already has.
 */
final class TagCompletion {
    /** The most completions offered at once: a short list to choose from, not a catalogue. */
    static final int MAX = 8;

    private TagCompletion() {
    }

    /** Every tag of {@code notes}, most used first, then alphabetically; spellings differing in case are one. */
    static List<String> tagsInUse(List<Annotation> notes) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Annotation note : notes) {
            for (String tag : note.tags()) {
                String key = tag.toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, tag);
                uses.merge(key, 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(spelling.keySet());
        keys.sort(Comparator.comparing((String key) -> -uses.get(key)).thenComparing(Comparator.naturalOrder()));
        return keys.stream().map(spelling::get).toList();
    }

    /**
     * The known tags completing {@code typed} (ignoring case): those starting with it, then those with a word
     * starting with it, then those containing it; none for nothing typed; at most {@link #MAX}.
     */
    static List<String> complete(List<String> known, List<String> given, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String tag : known) {
            String lower = tag.toLowerCase(Locale.ROOT);
            if (given.stream().anyMatch(tag::equalsIgnoreCase) || lower.equals(wanted)) {
                continue;
            }
            if (lower.startsWith(wanted)) {
                starts.add(tag);
            } else if (lower.contains(" " + wanted) || lower.contains("-" + wanted)) {
                words.add(tag);
            } else if (lower.contains(wanted)) {
                contains.add(tag);
            }
        }
        List<String> all = new ArrayList<>(starts);
        all.addAll(words);
        all.addAll(contains);
        return List.copyOf(all.subList(0, Math.min(MAX, all.size())));
    }
}
