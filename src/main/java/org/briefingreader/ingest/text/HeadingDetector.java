package org.briefingreader.ingest.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingreader.domain.Text;

/**
 * Decides which one-line blocks of a plain-text body are section headings.
 *
 * <p>In {@code ["...rising in the Pacific.", "The Big Picture", "The forecast notes that Japan..."]} the
 * middle block is a heading; in {@code ["...said on Monday.", "Talks stalled again", "The party..."]} it is
 * not (a sentence: lower-case words).
 *
 * <p>A heading, by itself (whitespace, U+00A0 included, normalised first): one line of at most 12 words and 90
 * characters; opens with a capital letter or digit; is title case: every word but the small ones ("and", "of",
 * "the"...) has a capital letter, so sentence-case headings ("Key findings") are missed rather than risk short
 * sentences ("He resigned"); ends without punctuation, but for a colon, or a question mark on a line of two
 * words or more ("Where Is Cryptocurrency Mined?"); has no sentence break inside ("Russia. Good Luck"), no
 * quotation mark at either end, no URL, no time of day or date ("Tuesday, 1 March"), no more than half digits
 * or three numbers, and is no figure caption ("Table 1. Funding").
 *
 * <p>And by its neighbours: it stands alone between blank lines, the block after it is body text (a list, or a
 * paragraph that is not heading-like, does not start in lower case, and has several lines, eight words or a
 * sentence ending), and the block before it, if any, is body text too. The last two rules keep runs of short
 * lines, such as fixture lists and ranking tables, from becoming strings of empty sections.
 */
public final class HeadingDetector {
    private static final int MAX_WORDS = 12;
    private static final int MAX_CHARS = 90;
    private static final int BODY_MIN_WORDS = 8;
    private static final double MAX_DIGIT_SHARE = 0.5;
    /** "117, 118, and 119 Congresses" is a heading; "Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick" is a score. */
    private static final int MAX_NUMBER_WORDS = 3;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "as", "vs", "v", "via", "per", "into", "onto", "than",
            "de", "la", "le", "du", "von", "van", "der", "y", "e", "et");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile(
            "[.,;!?\u2026\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\\-\u2013\u2014/]$");
    /** One question mark, as in "Where Is Cryptocurrency Mined?" (not "Really??" or "What?!"). */
    private static final Pattern QUESTION = Pattern.compile("[^?!.]\\?$");
    /** "Table 1. Selected Actions", "Figure 2: Locations": captions of figures, not headings. */
    private static final Pattern FIGURE_CAPTION = Pattern.compile(
            "^(?i:table|figure|fig\\.|chart|map|exhibit|graphic|box)\\s+[\\p{N}A-Z]+(?:-\\d+)?[.:]");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"'\u201C\u201D\u2018\u2019\u00AB\u00BB]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026\"\u201D\u2019']$");
    private static final Pattern URL = Pattern.compile("(?i)https?:|www\\.|\\S@\\S");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}'\u2019-]");

    private final MetadataLineParser dates = new MetadataLineParser();

    /** True when block {@code index} of {@code body} is a heading, judged by itself and its neighbours. */
    public boolean isHeading(List<TextBlock> body, int index) {
        TextBlock block = body.get(index);
        if (!block.isSingleLine() || block.isList() || !looksLikeHeading(block.text())) {
            return false;
        }
        boolean bodyFollows = index + 1 < body.size() && isBodyText(body.get(index + 1));
        boolean bodyOrStartBefore = index == 0 || isBodyText(body.get(index - 1));
        return bodyFollows && bodyOrStartBefore;
    }

    /** True when one line, by itself, reads like a heading rather than a sentence, list item or dateline. */
    public boolean looksLikeHeading(String line) {
        String text = Text.normaliseSpace(line);
        if (text.length() < 2 || text.length() > MAX_CHARS || BulletLine.item(text).isPresent()) {
            return false;
        }
        String[] words = text.split(" ");
        int first = text.codePointAt(0);
        boolean opensLikeHeading = Character.isUpperCase(first) || Character.isDigit(first);
        int lowercase = lowercaseWords(words);
        boolean titleCase = lowercase == 0;
        boolean endsWell = !FINAL_PUNCTUATION.matcher(text).find()
                || titleCase && words.length > 1 && QUESTION.matcher(text).find();
        return opensLikeHeading && words.length <= MAX_WORDS && titleCase && endsWell
                && !FIGURE_CAPTION.matcher(text).find()
                && !OPENING_QUOTE.matcher(text).find()
                && !URL.matcher(text).find()
                && !TIME_OF_DAY.matcher(text).find()
                && !hasSentenceBreak(words)
                && digitShare(text) <= MAX_DIGIT_SHARE
                && Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isDigit)).count() <= MAX_NUMBER_WORDS
                && !dates.mentionsDate(text);
    }

    /** A paragraph of running text (or a list): what follows a heading, and what precedes one. */
    boolean isBodyText(TextBlock block) {
        if (block.isList()) {
            return true;
        }
        String text = block.text();
        int first = text.codePointAt(0);
        if (Character.isLowerCase(first) || ".,;:)]}".indexOf(first) >= 0) {
            return false;
        }
        if (block.isSingleLine() && looksLikeHeading(text)) {
            return false;
        }
        return !block.isSingleLine() || text.split(" ").length >= BODY_MIN_WORDS
                || SENTENCE_END.matcher(text).find();
    }

    /** Words other than the small ones ("and", "of") without any capital letter. */
    private static int lowercaseWords(String[] words) {
        int lowercase = 0;
        for (int i = 0; i < words.length; i++) {
            String word = WORD_CHAR.matcher(words[i]).replaceAll("");
            if (word.isEmpty() || !word.codePoints().anyMatch(Character::isLetter)) {
                continue;
            }
            boolean small = i > 0 && SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
            if (!small && !word.codePoints().anyMatch(Character::isUpperCase)) {
                lowercase++;
            }
        }
        return lowercase;
    }

    /** "Russia. Good Luck" is two sentences; "U.S. Policy" and "Mr. Abe's Plan" are one. */
    private static boolean hasSentenceBreak(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i];
            if (word.endsWith("!") || word.endsWith("?") || word.endsWith("\u2026")) {
                return true;
            }
            if (word.endsWith(".")) {
                String stem = word.substring(0, word.length() - 1);
                boolean abbreviation = stem.contains(".") || stem.length() <= 3;
                if (!abbreviation) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double digitShare(String text) {
        long digits = text.codePoints().filter(Character::isDigit).count();
        long alphanumeric = text.codePoints().filter(Character::isLetterOrDigit).count();
        return alphanumeric == 0 ? 1.0 : (double) digits / alphanumeric;
    }
}
