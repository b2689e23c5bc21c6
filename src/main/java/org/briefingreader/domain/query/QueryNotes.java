package org.briefingreader.domain.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain sentences collected while reading one query: each said once, at most {@value #MAX_NOTES} of them.
 *
 * <p>Random garbage can produce a problem per character; a reader wants the first few, not a wall of text.
 */
final class QueryNotes {
    static final int MAX_NOTES = 12;

    private final Set<String> notes = new LinkedHashSet<>();
    private int unlisted;

    void add(String note) {
        if (notes.contains(note)) {
            return;
        }
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        } else {
            unlisted++;
        }
    }

    /** Position {@code index} (0-based, in the cleaned query) as users count it. */
    static String at(int index) {
        return "at character " + (index + 1);
    }

    List<String> list() {
        List<String> all = new ArrayList<>(notes);
        if (unlisted > 0) {
            all.add(unlisted + (unlisted == 1 ? " more problem was" : " more problems were") + " not listed");
        }
        return all;
    }
}
