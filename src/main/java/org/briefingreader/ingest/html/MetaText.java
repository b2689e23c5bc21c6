package org.briefingreader.ingest.html;

import java.util.regex.Pattern;
import org.briefingreader.domain.Text;
import org.jsoup.parser.Parser;

/** Cleans a metadata string as a reader should see it: entities decoded, whitespace collapsed. */
public final class MetaText {
    /** Something that still looks like an entity after jsoup decoded the attribute once. */
    private static final Pattern LEFT_ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private MetaText() {
    }

    /**
     * The text with entities decoded and whitespace collapsed. Many sites escape their meta values twice
     * ({@code &amp;#8217;}), so entities still present after jsoup's own decoding are decoded once more.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = LEFT_ENTITY.matcher(raw).find() ? Parser.unescapeEntities(raw, false) : raw;
        return Text.normaliseSpace(text);
    }
}
