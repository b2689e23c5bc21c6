package org.briefingreader.quality;

/**
 * Body F1 as the article-extraction benchmark's {@code evaluate.py} reports it: the mean of per-page precision (over
 * pages where something was extracted) and the mean of per-page recall (over pages where something was expected),
 * then their harmonic mean. Every page weighs the same, whatever its length; an empty extraction counts only in
 * recall (as 0), a page with nothing expected only in precision.
 *
 * @param precisionSum   per-page precisions summed
 * @param precisionPages pages counted in precision
 * @param recallSum      per-page recalls summed
 * @param recallPages    pages counted in recall
 */
public record BenchmarkBodyScore(double precisionSum, int precisionPages, double recallSum, int recallPages) {
    public static final BenchmarkBodyScore NONE = new BenchmarkBodyScore(0, 0, 0, 0);

    /** This score with one more page. */
    public BenchmarkBodyScore plus(ShingleOverlap page) {
        long tp = page.truePositives();
        long fp = page.falsePositives();
        long fn = page.falseNegatives();
        double p = precisionSum;
        int pp = precisionPages;
        if (tp + fp > 0) {
            p += (double) tp / (tp + fp);
            pp++;
        }
        double r = recallSum;
        int rp = recallPages;
        if (tp + fn > 0) {
            r += (double) tp / (tp + fn);
            rp++;
        }
        return new BenchmarkBodyScore(p, pp, r, rp);
    }

    /** Mean per-page precision; 0 when no page counts. */
    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    /** Mean per-page recall; 0 when no page counts. */
    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    /** Harmonic mean of the mean precision and the mean recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
