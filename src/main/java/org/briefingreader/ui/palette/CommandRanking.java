package org.briefingreader.ui.palette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which commands a typed query finds, best first, in the spirit of VS Code's command palette: the query's letters
 * must appear in order in the command's name, and the closer they sit to the starts of its words the better.
 *
 * <p>The tiers, best first: the name starts with the query ({@code "zoom i"} finds Zoom In); each word of the
 * query starts a word of the name, in order ({@code "sel"} and {@code "hi sel"} find Highlight Selection); the
 * query, spaces left out, stands in the name ({@code "ighl"}); its letters appear in order, fewer and shorter
 * gaps first, letters at word starts counting as no gap ({@code "fib"} finds Find in Briefing before Find in Library). A
 * command whose name does not match may still match through its menu path ({@code "view zoom"}), after every
 * name match. Within a tier the menus' own order stands.
 */
public final class CommandRanking {
    /** How a command compares: lower tiers first, then lower cost, then the menus' order. */
    private record Scored(Command command, int tier, int cost, int order) {
    }

    private static final int NO_MATCH = -1;
    private static final int TIERS = 4;

    private CommandRanking() {
    }

    /** The commands {@code query} finds, best first; all of them in their order when the query is blank. */
    public static List<Command> rank(String query, List<Command> commands) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(commands, "commands");
        String q = normalise(query);
        if (q.isEmpty()) {
            return List.copyOf(commands);
        }
        List<Scored> found = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            int[] byName = score(q, normalise(command.name()));
            if (byName[0] != NO_MATCH) {
                found.add(new Scored(command, byName[0], byName[1], i));
                continue;
            }
            int[] byLabel = score(q, normalise(command.path() + " " + command.name()));
            if (byLabel[0] != NO_MATCH) {
                found.add(new Scored(command, TIERS + byLabel[0], byLabel[1], i));
            }
        }
        found.sort(Comparator.comparingInt(Scored::tier).thenComparingInt(Scored::cost)
                .thenComparingInt(Scored::order));
        return found.stream().map(Scored::command).toList();
    }

    /** {@code [tier, cost]} of {@code text} for {@code query} (both normalised); tier -1 when it does not match. */
    static int[] score(String query, String text) {
        if (text.startsWith(query)) {
            return new int[] {0, 0};
        }
        if (wordPrefixes(query.split(" "), text.split(" "))) {
            return new int[] {1, 0};
        }
        String compactQuery = query.replace(" ", "");
        String compactText = text.replace(" ", "");
        if (compactText.contains(compactQuery)) {
            return new int[] {2, compactText.indexOf(compactQuery)};
        }
        int gaps = subsequenceGaps(compactQuery, text);
        return gaps < 0 ? new int[] {NO_MATCH, 0} : new int[] {3, gaps};
    }

    /** True when each query word starts a word of the text, the words in order. */
    private static boolean wordPrefixes(String[] queryWords, String[] words) {
        int at = 0;
        for (String wanted : queryWords) {
            while (at < words.length && !words[at].startsWith(wanted)) {
                at++;
            }
            if (at == words.length) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * The cost of finding {@code query}'s letters in order in {@code text} (which keeps its spaces, to see word
     * starts): one per skipped run of letters, none when the skip ends at a word start; -1 when they are not there.
     */
    private static int subsequenceGaps(String query, String text) {
        int cost = 0;
        int at = 0;
        for (int i = 0; i < query.length(); i++) {
            int found = text.indexOf(query.charAt(i), at);
            if (found < 0) {
                return -1;
            }
            boolean wordStart = found == 0 || text.charAt(found - 1) == ' ';
            if (found > at && !wordStart) {
                cost++;
            }
            at = found + 1;
        }
        return cost;
    }

    /** Lower case, letters and digits only, one space between words: "Command Palette…" is "command palette". */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
