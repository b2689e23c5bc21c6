package org.briefingreader.ingest.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the site footer a copied web page leaves at the end of a text: anchored on a copyright line.
 *
 * <p>Given the final blocks {@code ["...last paragraph.", "Article Search", "Copyright © Example Media, LLC.
 * All rights reserved.", "Example Worldview", "To empower readers to understand the world."]} the footer
 * starts at {@code "Article Search"}; the copyright line is kept as metadata and its holder
 * ({@code "Example Media, LLC"}) offered as the publisher.
 *
 * <p>The rule: a one- or two-line block of at most 200 characters that carries {@code ©}, {@code (c)},
 * "All rights reserved" or "Copyright" followed by a year or symbol, among the last four blocks, followed only
 * by at most three such short blocks (site name, tagline). Up to three short link-like blocks right before it
 * (one line, at most 60 characters, no sentence-ending punctuation: "Article Search", "Share") belong to the
 * footer too. Without a copyright line nothing is removed: a short last line alone is too often real text.
 */
public final class FooterDetector {
    /** Where the footer starts and the copyright line it carried. */
    public record Footer(int start, Optional<String> copyright) {
        public Footer {
            Objects.requireNonNull(copyright, "copyright");
        }
    }

    private static final int MAX_FOOTER_LINE = 200;
    private static final int MAX_LINK_LINE = 60;
    private static final int MAX_BLOCKS_AFTER = 3;
    private static final int MAX_LINKS_BEFORE = 3;
    private static final Pattern COPYRIGHT = Pattern.compile(
            "©|(?<![\\p{L}\\p{N}])\\(c\\)|all rights reserved|^copyright\\b\\s*(?:\\(c\\)|©|\\d{4}|by\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLDER_NOISE = Pattern.compile(
            "(?i)copyright(?:\\s+by\\b)?|©|\\(c\\)|all rights reserved\\.?|\\b(?:19|20)\\d{2}(?:\\s*[-\u2013]\\s*(?:19|20)?\\d{2})?\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\u2026]$");

    /** The footer at the end of {@code blocks}; a footer starting at {@code blocks.size()} when there is none. */
    public Footer detect(List<TextBlock> blocks) {
        int size = blocks.size();
        for (int c = size - 1; c >= Math.max(0, size - 1 - MAX_BLOCKS_AFTER); c--) {
            if (!isShort(blocks.get(c))) {
                break;
            }
            String text = blocks.get(c).text();
            if (COPYRIGHT.matcher(text).find()) {
                int start = c;
                while (start > 0 && c - start < MAX_LINKS_BEFORE && isLink(blocks.get(start - 1))) {
                    start--;
                }
                return new Footer(start, Optional.of(text));
            }
        }
        return new Footer(size, Optional.empty());
    }

    /**
     * Who holds the copyright, as a publisher name: {@code "Copyright © 2018 Example Media, LLC. All rights
     * reserved."} gives {@code "Example Media, LLC"}; empty when nothing name-like is left.
     */
    public static Optional<String> holder(String copyrightLine) {
        String holder = HOLDER_NOISE.matcher(copyrightLine).replaceAll(" ")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s.,;:|\u2013\u2014-]+|[\\s.,;:|\u2013\u2014-]+$", "");
        boolean nameLike = !holder.isEmpty() && holder.length() <= 80 && holder.codePoints().anyMatch(Character::isLetter);
        return nameLike ? Optional.of(holder) : Optional.empty();
    }

    private static boolean isShort(TextBlock block) {
        return block.lines().size() <= 2 && !block.isList() && block.text().length() <= MAX_FOOTER_LINE;
    }

    private static boolean isLink(TextBlock block) {
        String text = block.text();
        return block.isSingleLine() && !block.isList() && text.length() <= MAX_LINK_LINE
                && !SENTENCE_END.matcher(text).find();
    }
}
