package org.briefingreader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed analyst queries, and the queries a search-as-you-type box sees while they are typed.
 *
 * <p>{@code oil prices} is typed as {@code o}, {@code oi}, {@code oil}, {@code oil }, {@code oil p}, ...,
 * {@code oil prices}: every prefix that is not blank is a query of its own.
 */
final class QueryLog {
    static final String RESOURCE = "/org/briefingreader/bench/queries.txt";
    static final int EXPECTED = 200;

    /** Scopes whose value is not in the exported text (publisher, heading, kind, dates), with their value. */
    /** A category header: {@code # words (60)}. */
    private static final Pattern CATEGORY = Pattern.compile("# (.+) \\((\\d+)\\)");
    private static final Pattern METADATA_SCOPE = Pattern.compile(
            "(?i)\\b(source|section|kind|after|before|date):(\\([^)]*\\)|\"[^\"]*\"|\\S+)");
    private static final Pattern NEGATED_GROUP = Pattern.compile("-\\([^)]*\\)|-\"[^\"]*\"");
    private static final Pattern TITLE_SCOPE = Pattern.compile("(?i)\\btitle:");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\"()]+");
    private static final Pattern OPERATOR_SUFFIX = Pattern.compile("(\\*|~\\d*)$");

    private QueryLog() {
    }

    /** A query of the log and the feature it was written to exercise (its "# words (60)" header). */
    record Entry(String text, String category) {
    }

    /** The 200 queries of the log, in file order; each header's count must match what follows it. */
    static List<Entry> load() throws IOException {
        try (InputStream in = QueryLog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("query log " + RESOURCE + " is not on the classpath");
            }
            List<Entry> entries = new ArrayList<>();
            Map<String, Integer> announced = new LinkedHashMap<>();
            String category = "uncategorised";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                Matcher header = CATEGORY.matcher(line);
                if (header.matches()) {
                    category = header.group(1);
                    announced.put(category, Integer.parseInt(header.group(2)));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(new Entry(line, category));
                }
            }
            if (entries.size() != EXPECTED) {
                throw new IOException("query log has " + entries.size() + " queries, expected " + EXPECTED);
            }
            Map<String, Integer> counted = new LinkedHashMap<>();
            entries.forEach(e -> counted.merge(e.category(), 1, Integer::sum));
            if (!counted.equals(announced)) {
                throw new IOException("query log headers announce " + announced + " but hold " + counted);
            }
            return entries;
        }
    }

    /** The texts of {@code entries}. */
    static List<String> texts(List<Entry> entries) {
        return entries.stream().map(Entry::text).toList();
    }

    /** Every non-blank prefix of every query, in typing order, query after query. */
    static List<String> keystrokes(List<String> queries) {
        List<String> typed = new ArrayList<>();
        for (String query : queries) {
            for (int end = 1; end <= query.length(); end++) {
                String prefix = query.substring(0, end);
                if (!prefix.isBlank()) {
                    typed.add(prefix);
                }
            }
        }
        return typed;
    }

    /**
     * The first word a user would hand to grep: not negated, not an operator, not a metadata scope, with a
     * prefix's {@code *} or a fuzzy word's {@code ~n} removed; a {@code title:} value counts (titles are text).
     * {@code source:bbc -oil "box office"} gives {@code box}; {@code kind:outlook} gives nothing.
     */
    static Optional<String> firstPlainWord(String query) {
        String rest = METADATA_SCOPE.matcher(query).replaceAll(" ");
        rest = NEGATED_GROUP.matcher(rest).replaceAll(" ");
        rest = TITLE_SCOPE.matcher(rest).replaceAll("");
        boolean afterNot = false;
        for (String token : SEPARATORS.split(rest)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("NOT")) {
                afterNot = true;
                continue;
            }
            boolean skip = afterNot || token.startsWith("-") || token.equals("OR") || token.equals("AND");
            afterNot = false;
            String word = OPERATOR_SUFFIX.matcher(token).replaceAll("");
            if (!skip && word.chars().anyMatch(Character::isLetter)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
