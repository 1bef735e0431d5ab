package org.innkeeper.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesByNearestRankOverOneToAHundred() {
        Latencies l = new Latencies();
        List<Long> values = new ArrayList<>();
        for (long v = 1; v <= 100; v++) {
            values.add(v);
        }
        Collections.shuffle(values, new Random(7));
        values.forEach(l::record);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.percentile(50)).isEqualTo(50);
        assertThat(l.percentile(95)).isEqualTo(95);
        assertThat(l.percentile(99)).isEqualTo(99);
        assertThat(l.percentile(100)).isEqualTo(100);
        assertThat(l.percentile(0.1)).isEqualTo(1);
        assertThat(l.max()).isEqualTo(100);
    }

    @Test
    void aFewSlowRequestsShowInTheTailNotTheMedian() {
        Latencies l = new Latencies();
        for (int i = 0; i < 985; i++) {
            l.record(2_000);
        }
        for (int i = 0; i < 15; i++) {
            l.record(400_000);
        }
        assertThat(l.percentile(50)).isEqualTo(2_000);
        assertThat(l.percentile(95)).isEqualTo(2_000);
        assertThat(l.percentile(99)).isEqualTo(400_000);
    }

    @Test
    void recordingAfterReadingStillCountsAndMergingKeepsEverything() {
        Latencies a = new Latencies();
        a.record(10);
        assertThat(a.percentile(50)).isEqualTo(10);
        a.record(1);
        assertThat(a.percentile(50)).isEqualTo(1);
        Latencies b = new Latencies();
        for (int i = 0; i < 3000; i++) {
            b.record(5);
        }
        a.addAll(b);
        assertThat(a.count()).isEqualTo(3002);
        assertThat(a.max()).isEqualTo(10);
        assertThat(a.percentile(50)).isEqualTo(5);
    }

    @Test
    void emptyIsZeroAndNonsenseIsRefused() {
        Latencies l = new Latencies();
        assertThat(l.percentile(99)).isZero();
        assertThat(l.max()).isZero();
        assertThatThrownBy(() -> l.record(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesAreCountedAndErrorsAreWhatIsNeitherSuccessNorRefusal() {
        OperationStats s = new OperationStats();
        s.record(201, 5);
        s.record(201, 6);
        s.record(409, 7);
        s.record(500, 8);
        s.record(OperationStats.NO_ANSWER, 9);
        OperationStats t = new OperationStats();
        t.record(201, 1);
        s.addAll(t);
        assertThat(s.count()).isEqualTo(6);
        assertThat(s.withStatus(201)).isEqualTo(3);
        assertThat(s.withStatus(409)).isEqualTo(1);
        assertThat(s.errors(201, 409)).isEqualTo(2);
        assertThat(s.statuses).containsEntry(500, 1L).containsEntry(-1, 1L);
    }
}
