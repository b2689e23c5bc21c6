package org.briefingreader.quality;

import java.util.List;

/**
 * A corpus's (or all corpora's) figures, summed over its pages.
 *
 * @param name           corpus name, or "all"
 * @param pages          documents tried
 * @param imported       documents the importer accepted
 * @param titlePages     documents with an expected title
 * @param titlesRight    titles right
 * @param datesRight     dates right (same day, or none expected and none found)
 * @param datesUnexpected dates found where none was expected; neither right nor wrong, out of the date figure
 * @param headingPages   documents with expected headings
 * @param headings       heading counts summed over those (micro)
 * @param bodyPages      documents with an expected body
 * @param body           shingle counts summed over those (micro)
 * @param bodyF1Sum      per-page body F1 summed, for the mean
 * @param bodyBenchmark  the body scored as the article-extraction benchmark reports it
 */
public record CorpusScore(String name, int pages, int imported, int titlePages, int titlesRight, int datesRight, int datesUnexpected,
        int headingPages, HeadingMatch headings, int bodyPages, ShingleOverlap body, double bodyF1Sum,
        BenchmarkBodyScore bodyBenchmark) {

    /** The figures of {@code scores}. */
    public static CorpusScore of(String name, List<PageScore> scores) {
        int imported = 0;
        int titlePages = 0;
        int titles = 0;
        int dates = 0;
        int unexpected = 0;
        int headingPages = 0;
        HeadingMatch headings = HeadingMatch.NONE;
        int bodyPages = 0;
        ShingleOverlap body = ShingleOverlap.NONE;
        double f1Sum = 0;
        BenchmarkBodyScore benchmark = BenchmarkBodyScore.NONE;
        for (PageScore s : scores) {
            imported += s.failure().isEmpty() ? 1 : 0;
            titlePages += s.expected().title().isPresent() ? 1 : 0;
            titles += s.titleRight() ? 1 : 0;
            dates += s.date() == DateOutcome.RIGHT ? 1 : 0;
            unexpected += s.date() == DateOutcome.UNEXPECTED ? 1 : 0;
            if (s.headings().isPresent()) {
                headingPages++;
                headings = headings.plus(s.headings().get());
            }
            if (s.body().isPresent()) {
                bodyPages++;
                body = body.plus(s.body().get());
                f1Sum += s.body().get().f1();
                benchmark = benchmark.plus(s.body().get());
            }
        }
        return new CorpusScore(name, scores.size(), imported, titlePages, titles, dates, unexpected, headingPages, headings,
                bodyPages, body, f1Sum, benchmark);
    }

    /** Share of documents with an expected title that have the right one. */
    public double titleAccuracy() {
        return share(titlesRight, titlePages);
    }

    /** Share of judged documents with the right date; documents with an {@link DateOutcome#UNEXPECTED} date are out. */
    public double dateAccuracy() {
        return share(datesRight, pages - datesUnexpected);
    }

    /** Mean of the per-page body F1; 0 when no page has an expected body. */
    public double bodyMeanF1() {
        return bodyPages == 0 ? 0 : bodyF1Sum / bodyPages;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
