package org.briefingreader.domain.annotation;

import java.util.Objects;

/**
 * The passage itself and what surrounds it (W3C {@code TextQuoteSelector}): {@code exact} is the selected text,
 * {@code prefix} and {@code suffix} up to {@link #CONTEXT} characters (code points) of the canonical text before and
 * after it, shorter at the start or end of the briefing.
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
    /** Characters of context kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("a quote selector needs the selected text");
        }
    }
}
