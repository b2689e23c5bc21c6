package org.briefingreader.ui.library;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.briefingreader.ui.support.DisplayFormats;
import org.briefingreader.ui.support.UserMessages;

/**
 * The library list's sentences: the status line and what the list says when it shows nothing.
 *
 * <p>Kept apart from {@link LibraryViewModel} so the wording lives in one place and the view model only
 * decides when each sentence applies.
 */
final class LibraryStatusText {
    static final String LOADING_STATUS = "Loading the library\u2026";
    static final String LOADING_EMPTY = "Loading\u2026";
    static final String NO_BRIEFINGS = "No briefings yet.";

    private LibraryStatusText() {
    }

    /** What the list says when it shows nothing: loading, an empty or unreadable library, or no filter match. */
    static String emptyMessage(boolean loading, boolean failed, boolean libraryEmpty, String filter) {
        if (loading) {
            return LOADING_EMPTY;
        } else if (libraryEmpty) {
            return failed ? "The library could not be read." : NO_BRIEFINGS;
        }
        return "No briefings match \u201c" + filter.strip() + "\u201d.";
    }

    /** The sentence said before the counts when a wanted briefing is not in the library. */
    static String missing(String wantedId) {
        return "There is no briefing '" + wantedId + "' in the library. ";
    }

    /** The status after a listing: {@code notice}, the counts, then the first unreadable file if any. */
    static String counts(String notice, int total, int shownCount, boolean filtering, List<String> problems) {
        StringBuilder text = new StringBuilder(notice);
        if (total == 0) {
            text.append("The library is empty.");
        } else if (filtering) {
            text.append(grouped(shownCount)).append(" of ").append(count(total, "briefing")).append(" shown.");
        } else {
            text.append(count(total, "briefing")).append(" in the library.");
        }
        if (!problems.isEmpty()) {
            text.append(' ').append(DisplayFormats.count(problems.size(), "file"))
                    .append(problems.size() == 1 ? " could not be read: " : " could not be read, first: ")
                    .append(problems.get(0));
        }
        return text.toString();
    }

    /** The status when the listing failed, with the cause in plain words. */
    static String failure(Throwable error) {
        return "The library could not be read: " + UserMessages.describe(error) + ".";
    }

    /** {@code "2,098 briefings"}: a large library reads better with thousands grouped. */
    private static String count(int n, String noun) {
        return grouped(n) + " " + (n == 1 ? noun : noun + "s");
    }

    private static String grouped(int n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
