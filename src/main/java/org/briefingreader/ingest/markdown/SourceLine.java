package org.briefingreader.ingest.markdown;

import java.util.Objects;
import org.briefingreader.domain.Text;

/**
 * One source line of a Markdown block as plain text, with what its inline markup said about it.
 *
 * <p>{@code [Download PDF (517KB)](https://x/a.pdf) | [History](#)} gives text {@code "Download PDF (517KB) |
 * History"}, own text {@code "|"}, a link, and so is link-only; {@code **Author(s):** Doe, Jane} gives the
 * leading strong text {@code "Author(s):"}.
 *
 * @param text         the line's plain text: emphasis, links and code reduced to their words, images dropped
 * @param ownText      the part of {@code text} that is not inside a link
 * @param links        how many links the line holds
 * @param leadingStrong the text of a strong emphasis the line opens with (table pipes skipped), or ""
 * @param emphasised   true when the whole line is one italic span ({@code *Photo by Jane Doe*}): a caption
 *                     or an aside, not a heading
 */
record SourceLine(String text, String ownText, int links, String leadingStrong, boolean emphasised) {
    /** A breadcrumb or menu has this many links or more around at most a few characters of its own. */
    private static final int MANY_LINKS = 3;
    private static final int FEW_OWN_CHARACTERS = 10;

    SourceLine {
        text = Text.normaliseSpace(Objects.requireNonNull(text, "text"));
        ownText = Text.normaliseSpace(Objects.requireNonNull(ownText, "ownText"));
        leadingStrong = Text.normaliseSpace(Objects.requireNonNull(leadingStrong, "leadingStrong"));
    }

    /** A line of plain text without markup (code, raw HTML). */
    static SourceLine plain(String text) {
        return new SourceLine(text, text, 0, "", false);
    }

    /**
     * Shaped like navigation: links and nothing of its own but separators ({@code "[Home](/) | [About](/a)"}),
     * or a breadcrumb: three links or more and at most ten letters or digits of its own
     * ({@code "[Home](/) > [Reports](/r) > 98-317"}).
     */
    boolean isLinkOnly() {
        long own = ownText.codePoints().filter(Character::isLetterOrDigit).count();
        return links > 0 && own == 0 || links >= MANY_LINKS && own <= FEW_OWN_CHARACTERS;
    }

    /** True when the line has no letter or digit at all. */
    boolean isEmpty() {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
