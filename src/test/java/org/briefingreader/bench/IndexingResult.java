package org.briefingreader.bench;

import java.util.Arrays;

/**
 * The timed indexing runs of both indexers over the same corpus.
 *
 * @param warmUpOurs    untimed warm-up runs of the product's index (reported, not counted)
 * @param warmUpBare    untimed warm-up runs of the bare writer
 * @param oursNanos     each run of the product's index, in run order
 * @param bareNanos     each run of the bare writer, in run order
 * @param bareIndexBytes size of the bare writer's last index on disk
 */
record IndexingResult(long[] warmUpOurs, long[] warmUpBare, long[] oursNanos, long[] bareNanos, long bareIndexBytes) {

    double oursMedianSeconds() {
        return median(oursNanos) / 1e9;
    }

    double bareMedianSeconds() {
        return median(bareNanos) / 1e9;
    }

    /** Ours' throughput over the bare writer's, from the medians: 1.0 is as fast, 0.5 half as fast. */
    double ratio() {
        return bareMedianSeconds() / oursMedianSeconds();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
