package org.innkeeper.benchmark;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one kind of request did in a phase: latencies and the HTTP status of every answer
 * ({@link #NO_ANSWER} for a request that got none: refused connection, time-out). One per client,
 * merged at the end.
 */
final class OperationStats {

    static final int NO_ANSWER = -1;

    final Latencies latencies = new Latencies();
    final Map<Integer, Long> statuses = new TreeMap<>();

    void record(int status, long micros) {
        latencies.record(micros);
        statuses.merge(status, 1L, Long::sum);
    }

    void addAll(OperationStats other) {
        latencies.addAll(other.latencies);
        other.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
    }

    long count() {
        return latencies.count();
    }

    long withStatus(int status) {
        return statuses.getOrDefault(status, 0L);
    }

    /** Answers that are neither success ({@code ok}) nor a refusal the hotel may rightly give ({@code refused}). */
    long errors(int ok, int refused) {
        return statuses.entrySet().stream().filter(e -> e.getKey() != ok && e.getKey() != refused)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
