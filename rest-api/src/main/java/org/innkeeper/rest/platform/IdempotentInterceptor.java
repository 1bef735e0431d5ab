package org.innkeeper.rest.platform;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import org.innkeeper.application.IdempotencyService;
import org.innkeeper.application.dto.IdempotentResponse;
import org.innkeeper.domain.idempotency.IdempotencyKeyInUseException;

/**
 * Runs a resource method at most once per Idempotency-Key. In one transaction the key is looked up,
 * inserted and the method run, so of requests racing with one key exactly one does the work. A key
 * already answered for the same request replays that answer ({@link IdempotentReplay}), a key used
 * for another request is a 422, and a key whose first request is still running waits for its answer
 * and replays it.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentInterceptor {

    /** How long a duplicate waits for the first request's answer before it is told to try again (409). */
    static final long WAIT_MILLIS = 30_000;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotentRequest request;

    @EJB
    IdempotencyService idempotency;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        if (!request.present()) {
            return invocation.proceed();
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            // The key is looked up and claimed in the work's own transaction: a new key (nearly every request)
            // costs no transaction of its own; a key answered before comes back without the work being done.
            Object[] result = new Object[1];
            boolean[] worked = {false};
            try {
                IdempotentResponse answer = idempotency.once(request.owner(), request.key(), request.hash(), () -> {
                    worked[0] = true;
                    result[0] = proceed(invocation);
                    return answerOf(result[0]);
                });
                if (!worked[0]) {
                    throw new IdempotentReplay(answer);
                }
                request.answered(answer);
                return result[0];
            } catch (IdempotencyKeyInUseException busy) {
                Optional<IdempotentResponse> kept = idempotency.answered(request.owner(), request.key(), request.hash());
                if (kept.isPresent()) {
                    throw new IdempotentReplay(kept.get());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw busy;
                }
                Thread.sleep(25); // the first request's transaction has not committed yet
            }
        }
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the resource answered, as it is kept: status, Location and the JSON body. */
    static IdempotentResponse answerOf(Object result) {
        if (result instanceof Response response) {
            return new IdempotentResponse(response.getStatus(),
                    response.getLocation() == null ? null : response.getLocation().toString(),
                    response.hasEntity() ? JSON.toJson(response.getEntity()) : null);
        }
        return result == null ? new IdempotentResponse(204, null, null)
                : new IdempotentResponse(200, null, JSON.toJson(result));
    }
}
