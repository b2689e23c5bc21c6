package org.briefingreader.quality;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;

/**
 * One document's import judged against its expected values. A document that did not import is scored as an empty
 * briefing (no title, no date, no headings, no body), so every importer is judged on the same pages.
 *
 * @param corpus     the corpus name
 * @param file       the document's name within the corpus
 * @param failure    the importer's one-line error, when it refused the file
 * @param expected   the expected values
 * @param foundTitle the imported title ("" when the import failed)
 * @param foundDate  the imported publication time
 * @param date       the date judged
 * @param headings   the headings judged, when expected headings are known
 * @param missed     expected headings not found (compared form)
 * @param extra      found headings not expected (compared form)
 * @param body       the body overlap, when an expected body is known
 */
public record PageScore(String corpus, String file, Optional<String> failure, Expected expected, String foundTitle,
        Optional<ZonedDateTime> foundDate, DateOutcome date, Optional<HeadingMatch> headings, List<String> missed,
        List<String> extra, Optional<ShingleOverlap> body) {
    public PageScore {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(foundTitle, "foundTitle");
        Objects.requireNonNull(foundDate, "foundDate");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(headings, "headings");
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
        Objects.requireNonNull(body, "body");
    }

    /** The score of {@code briefing}, imported from {@code file}. */
    public static PageScore of(String corpus, String file, Expected expected, Briefing briefing) {
        return score(corpus, file, Optional.empty(), expected, briefing.title(), briefing.published(),
                BriefingText.headings(briefing), BriefingText.body(briefing));
    }

    /** The score of a file the importer refused with {@code message}. */
    public static PageScore failed(String corpus, String file, Expected expected, String message) {
        return score(corpus, file, Optional.of(message), expected, "", Optional.empty(), List.of(), "");
    }

    /** True when a title is expected and the found one matches it in its {@link Normalised} form. */
    public boolean titleRight() {
        return failure.isEmpty() && expected.title().map(t -> Normalised.same(foundTitle, t)).orElse(false);
    }

    /** The lowest of this page's body and heading F1 (1 when neither is scored), to find the worst pages. */
    public double worstF1() {
        double worst = 1;
        if (body.isPresent()) {
            worst = Math.min(worst, body.get().f1());
        }
        if (headings.isPresent()) {
            worst = Math.min(worst, headings.get().f1());
        }
        return failure.isPresent() ? -1 : worst;
    }

    private static PageScore score(String corpus, String file, Optional<String> failure, Expected expected,
            String title, Optional<ZonedDateTime> published, List<String> foundHeadings, String foundBody) {
        Optional<HeadingMatch> headings = expected.headings().map(want -> HeadingMatch.of(foundHeadings, want));
        List<String> missed = expected.headings().map(want -> minus(want, foundHeadings)).orElse(List.of());
        List<String> extra = expected.headings().map(want -> minus(foundHeadings, want)).orElse(List.of());
        Optional<ShingleOverlap> body = expected.body().map(want -> ShingleOverlap.of(foundBody, want));
        DateOutcome date = failure.isPresent() ? DateOutcome.NOT_IMPORTED
                : ExpectedDate.judge(published, expected.date());
        return new PageScore(corpus, file, failure, expected, title, published, date, headings, missed, extra, body);
    }

    /** The entries of {@code a} (compared form) left after taking out those of {@code b}, as multisets. */
    static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        for (String s : b) {
            left.merge(Normalised.text(s), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        for (String s : a) {
            String n = Normalised.text(s);
            if (left.getOrDefault(n, 0) > 0) {
                left.merge(n, -1, Integer::sum);
            } else {
                out.add(n);
            }
        }
        return out;
    }
}
