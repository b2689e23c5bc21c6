package org.briefingreader.ui.notes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefingreader.domain.annotation.Annotation;

/**
 * The Notes tab's filter: every word of the text must occur in the note, the quote or the tags (accents and case
 * ignored), and the tag, category and section, when chosen, must match. An empty choice matches everything.
 */
record NoteFilter(String text, String tag, String category, String sectionId) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    NoteFilter {
        text = text == null ? "" : text;
        tag = tag == null ? "" : tag;
        category = category == null ? "" : category;
        sectionId = sectionId == null ? "" : sectionId;
    }

    /** Whether {@code annotation}, in section {@code section} (empty if unknown), passes. */
    boolean accepts(Annotation annotation, String section) {
        if (!tag.isEmpty() && annotation.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            return false;
        }
        if (!category.isEmpty() && !annotation.category().map(category::equalsIgnoreCase).orElse(false)) {
            return false;
        }
        if (!sectionId.isEmpty() && !sectionId.equals(section)) {
            return false;
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(annotation.note().orElse("") + "\n" + annotation.target().quote().exact() + "\n"
                + String.join(" ", annotation.tags()));
        return words.stream().allMatch(haystack::contains);
    }

    /** Accents stripped, lower case, typographic quotes made plain, so "cote" finds "Côte". */
    static String fold(String value) {
        String plain = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }

    private static List<String> words(String filter) {
        return Arrays.stream(fold(filter).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
