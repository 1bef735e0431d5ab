package org.innkeeper.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of load: a mix, a warm-up that is not measured, then either a time (the main thread
 * calls {@link #stop()}) or a number of measured requests shared by all clients.
 */
final class Phase {

    private final Mix mix;
    private final AtomicLong requestsLeft;
    private volatile boolean measuring;
    private volatile boolean stopped;

    Phase(Mix mix, long requests) {
        this.mix = mix;
        this.requestsLeft = requests > 0 ? new AtomicLong(requests) : null;
    }

    Mix mix() {
        return mix;
    }

    boolean measuring() {
        return measuring;
    }

    void startMeasuring() {
        measuring = true;
    }

    void stop() {
        stopped = true;
    }

    /** Whether a client may send one more request (while measuring a fixed number, takes one of them). */
    boolean take() {
        if (stopped) {
            return false;
        }
        if (measuring && requestsLeft != null && requestsLeft.getAndDecrement() <= 0) {
            stopped = true;
            return false;
        }
        return true;
    }

    boolean countsRequests() {
        return requestsLeft != null;
    }
}
