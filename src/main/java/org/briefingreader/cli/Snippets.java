package org.briefingreader.cli;

import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.TextRange;

/** A hit's snippet as one line of text with the matched words in [brackets]. */
final class Snippets {
    private Snippets() {
    }

    /**
     * {@code …the sticking point is [sovereignty] over a string of [islands]…}: an ellipsis where the snippet
     * cuts the unit's text, brackets around every match inside the snippet.
     */
    static String marked(SearchHit hit) {
        TextRange span = hit.snippet();
        String text = hit.text();
        StringBuilder sb = new StringBuilder();
        if (span.start() > 0) {
            sb.append('…');
        }
        int at = span.start();
        for (TextRange match : hit.matches()) {
            int start = Math.max(match.start(), span.start());
            int end = Math.min(match.end(), span.end());
            if (start >= end || start < at) {
                continue;
            }
            sb.append(text, at, start).append('[').append(text, start, end).append(']');
            at = end;
        }
        sb.append(text, at, span.end());
        if (span.end() < text.length()) {
            sb.append('…');
        }
        return sb.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code text} on one line, cut at a space near {@code max} characters with an ellipsis. */
    static String shortened(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int end = line.lastIndexOf(' ', max);
        if (end < max / 2) {
            end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
        }
        return line.substring(0, end) + " …";
    }
}
