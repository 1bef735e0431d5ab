package org.innkeeper.benchmark;

import java.util.Arrays;

/**
 * Every latency of one operation, in microseconds, kept exactly (a minute of load is a few hundred
 * thousand values); percentiles by the nearest-rank method. Not thread-safe: one per client,
 * merged at the end.
 */
final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private boolean sorted = true;

    void record(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + micros);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
        sorted = false;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            record(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /**
     * The smallest value at or below which {@code percent} % of all values lie (nearest rank:
     * the value at rank ceil(p/100 * n)); 0 when nothing was recorded.
     */
    long percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile is above 0 and at most 100: " + percent);
        }
        if (size == 0) {
            return 0;
        }
        sort();
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return values[Math.max(rank, 1) - 1];
    }

    long max() {
        if (size == 0) {
            return 0;
        }
        sort();
        return values[size - 1];
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}
