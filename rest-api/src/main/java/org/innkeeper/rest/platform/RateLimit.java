package org.innkeeper.rest.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.rest.problem.Problem;
import org.innkeeper.rest.security.ApiCaller;

/**
 * Each channel may send so many requests per second (its own limit, or the server's default from
 * {@code -Dinnkeeper.api.requestsPerSecond}, 5000 unless set), in bursts of as many; over it the
 * answer is 429 with {@code Retry-After} in seconds. Counted in memory, per server. Staff are not
 * limited here.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10) // after the caller is known, before anything else
@ApplicationScoped
public class RateLimit implements ContainerRequestFilter {

    static final String DEFAULT_PROPERTY = "innkeeper.api.requestsPerSecond";
    static final int DEFAULT_PER_SECOND = 5000;

    /** One bucket per channel and rate (a changed limit starts a new bucket). */
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiCaller caller)
                || caller.channelCode() == null) {
            return;
        }
        int perSecond = caller.requestsPerSecond() != null ? caller.requestsPerSecond() : defaultPerSecond();
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(caller.channelCode() + "@" + perSecond,
                key -> new TokenBucket(perSecond, perSecond, now)).take(now);
        if (wait > 0) {
            request.abortWith(Problem.of("too-many-requests", 429)
                    .detail("Channel " + caller.channelCode() + " may send " + perSecond
                            + " requests per second; try again in " + wait + " s.")
                    .toResponseBuilder()
                    .header(HttpHeaders.RETRY_AFTER, wait)
                    .build());
        }
    }

    static int defaultPerSecond() {
        return Math.max(1, Integer.getInteger(DEFAULT_PROPERTY, DEFAULT_PER_SECOND));
    }
}
