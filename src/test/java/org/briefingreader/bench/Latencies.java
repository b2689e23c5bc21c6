package org.briefingreader.bench;

import java.util.Arrays;

/**
 * Timings of many runs of one thing, in nanoseconds, with the percentiles the report gives.
 *
 * <p>Percentiles are nearest-rank: p99 of 4,000 samples is the 3,960th smallest.
 */
record Latencies(long[] sortedNanos) {

    Latencies {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    static Latencies of(long[] nanos) {
        return new Latencies(nanos);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The {@code fraction} (0..1] nearest-rank percentile, in milliseconds. */
    double percentileMs(double fraction) {
        int rank = (int) Math.ceil(fraction * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    double p50Ms() {
        return percentileMs(0.50);
    }

    double p99Ms() {
        return percentileMs(0.99);
    }

    double maxMs() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(sortedNanos).average().orElse(0) / 1e6;
    }
}
