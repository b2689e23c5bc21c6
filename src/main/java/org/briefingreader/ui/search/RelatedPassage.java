package org.briefingreader.ui.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingreader.ui.reader.ReaderDocument;
import org.briefingreader.ui.reader.ReaderUnit;

/**
 * The passage the Related tab searches for, and the line that says so.
 *
 * <p>A related search works on a unit's distinctive words, so it needs a passage with enough of them. A title,
 * subtitle or heading stands for the first passage after it; so does a passage of fewer than {@link #MIN_WORDS}
 * words (a dateline, "Read more:", a one-line quote), which would find either nothing or noise. When nothing long
 * enough follows, a short passage stands for itself, and a heading at the very end for the last passage before it.
 *
 * @param about e.g. {@code Passages like “Abe has been here before, having …” (The History)}
 */
record RelatedPassage(String briefingId, String unitId, String about) {
    /** Passages shorter than this stand for the next longer one. */
    static final int MIN_WORDS = 8;
    /** Words of the passage quoted in {@link #about}. */
    static final int QUOTED_WORDS = 6;
    private static final Set<ReaderUnit.Kind> PASSAGES = EnumSet.of(ReaderUnit.Kind.PARAGRAPH,
            ReaderUnit.Kind.LEDE, ReaderUnit.Kind.SUMMARY, ReaderUnit.Kind.CAPTION);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    RelatedPassage {
        Objects.requireNonNull(briefingId, "briefingId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(about, "about");
    }

    /** The passage unit {@code unitId} of {@code document} stands for; empty when it has no such unit or no passage. */
    static Optional<RelatedPassage> standingFor(ReaderDocument document, String unitId) {
        List<ReaderUnit> units = document.units();
        int at = -1;
        for (int i = 0; i < units.size() && at < 0; i++) {
            at = units.get(i).id().equals(unitId) ? i : -1;
        }
        if (at < 0) {
            return Optional.empty();
        }
        for (int i = at; i < units.size(); i++) {
            if (isPassage(units.get(i)) && words(units.get(i).text()) >= MIN_WORDS) {
                return Optional.of(of(document, units.get(i)));
            }
        }
        for (int i = at; i >= 0; i--) {
            if (isPassage(units.get(i))) {
                return Optional.of(of(document, units.get(i)));
            }
        }
        return Optional.empty();
    }

    private static RelatedPassage of(ReaderDocument document, ReaderUnit unit) {
        String[] parts = SPACE.split(unit.text().strip());
        String quoted = String.join(" ", List.of(parts).subList(0, Math.min(QUOTED_WORDS, parts.length)));
        String more = parts.length > QUOTED_WORDS ? " \u2026" : "";
        String section = document.unit(unit.sectionId()).map(heading -> " (" + heading.text().strip() + ")")
                .orElse("");
        return new RelatedPassage(document.briefingId(), unit.id(),
                "Passages like \u201C" + quoted + more + "\u201D" + section);
    }

    private static boolean isPassage(ReaderUnit unit) {
        return PASSAGES.contains(unit.kind());
    }

    private static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
