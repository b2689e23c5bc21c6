package org.briefingreader.ingest.html;

import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.ListMark;

/**
 * One block of an article's text in reading order: a heading (with its level 1-6), a paragraph, a list item
 * (with its mark) or a figure caption. Text is whitespace-normalised and never blank.
 */
record ArticleBlock(Kind kind, int level, String text, Optional<ListMark> mark) {
    /** What a block is. */
    enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        CAPTION
    }

    ArticleBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mark, "mark");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank " + kind + " block");
        }
        if (kind == Kind.HEADING && (level < 1 || level > 6)) {
            throw new IllegalArgumentException("heading level " + level);
        }
        if ((kind == Kind.LIST_ITEM) != mark.isPresent()) {
            throw new IllegalArgumentException("a list item, and only a list item, has a mark");
        }
    }

    static ArticleBlock heading(int level, String text) {
        return new ArticleBlock(Kind.HEADING, level, text, Optional.empty());
    }

    static ArticleBlock paragraph(String text) {
        return new ArticleBlock(Kind.PARAGRAPH, 0, text, Optional.empty());
    }

    static ArticleBlock listItem(String text, ListMark mark) {
        return new ArticleBlock(Kind.LIST_ITEM, 0, text, Optional.of(mark));
    }

    static ArticleBlock caption(String text) {
        return new ArticleBlock(Kind.CAPTION, 0, text, Optional.empty());
    }
}
