package org.innkeeper.rest.platform;

/**
 * A token bucket: holds up to {@code capacity} requests, refilled at {@code perSecond}. Each request
 * takes one token; with none left the caller is told how long until the next one.
 */
final class TokenBucket {

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perSecond, int capacity, long nanoTime) {
        this.perSecond = perSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.refilledAt = nanoTime;
    }

    /** 0 when the request may pass (a token was taken); otherwise the whole seconds to wait (at least 1). */
    synchronized long take(long nanoTime) {
        double elapsed = Math.max(0, nanoTime - refilledAt) / 1e9;
        tokens = Math.min(capacity, tokens + elapsed * perSecond);
        refilledAt = nanoTime;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
}
