package org.briefingreader.domain.query;

import java.util.Locale;

/**
 * Makes raw input safe to tokenize: control characters out, length capped.
 *
 * <p>{@code "japan\u0000russia"} gives {@code "japan russia"} and the note that 1 control character was ignored.
 */
final class QueryInput {
    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final int WORD_JOINER = 0x2060;
    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private QueryInput() {
    }

    /**
     * Control characters and lone surrogates become spaces (they can only separate words); invisible format
     * characters such as soft hyphens and direction marks are removed (they sit inside words), except the joiners
     * that hold emoji sequences together. Tabs and line ends stay: they are ordinary spaces to the tokenizer.
     */
    static String clean(String text, QueryNotes notes) {
        StringBuilder out = new StringBuilder(text.length());
        int ignored = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp)) {
                out.appendCodePoint(cp);
            } else if (type == Character.CONTROL || type == Character.SURROGATE
                    || cp == ZERO_WIDTH_SPACE || cp == WORD_JOINER || cp == BYTE_ORDER_MARK) {
                out.append(' ');
                ignored++;
            } else if (type == Character.FORMAT && cp != ZERO_WIDTH_JOINER && cp != ZERO_WIDTH_NON_JOINER) {
                ignored++;
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (ignored > 0) {
            notes.add(ignored == 1 ? "1 control character was ignored" : ignored + " control characters were ignored");
        }
        return out.toString();
    }

    /** At most {@link QueryParser#MAX_CHARACTERS}, cut at a space when one is near so that no word is halved. */
    static String cut(String text, QueryNotes notes) {
        int max = QueryParser.MAX_CHARACTERS;
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        if (!QueryTokenizer.isSeparator(text.charAt(end))) {
            int space = end - 1;
            while (space > end / 2 && !QueryTokenizer.isSeparator(text.charAt(space))) {
                space--;
            }
            end = space > end / 2 ? space : end;
        }
        notes.add(String.format(Locale.ROOT, "the query has %,d characters, more than %,d: read only the first %,d",
                text.length(), max, end));
        return text.substring(0, end);
    }
}
