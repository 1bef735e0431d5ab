package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.innkeeper.application.dto.IdempotentResponse;

/**
 * Idempotency keys: a caller that sends a POST or PATCH with an {@code Idempotency-Key} gets the
 * first answer again for the same request, and nothing is done twice. The database guarantees it:
 * the key is inserted first, in the transaction of the work itself.
 */
@Local
public interface IdempotencyService {

    /** Keys are kept at least this long. */
    Duration KEPT = Duration.ofHours(24);

    /**
     * The answer kept for the caller's key, if its request has been answered (committed); empty when
     * the key is new or its request is still being answered.
     *
     * @throws org.innkeeper.domain.idempotency.IdempotencyKeyReusedException the key was used for
     *         another request (hash)
     */
    Optional<IdempotentResponse> answered(String caller, String key, String requestHash);

    /**
     * Takes the key, does the work in the same transaction and keeps its answer; if the work fails,
     * nothing is kept (the key is free again). A key already answered for this request returns that
     * answer and the work is not done.
     *
     * @throws org.innkeeper.domain.idempotency.IdempotencyKeyReusedException the key was used for
     *         another request (hash)
     * @throws org.innkeeper.domain.idempotency.IdempotencyKeyInUseException a request with the same
     *         key got there first (ask {@link #answered} for its answer)
     */
    IdempotentResponse once(String caller, String key, String requestHash, Supplier<IdempotentResponse> work);

    /** Forgets keys older than {@link #KEPT}; returns how many. */
    int forgetExpired();
}
