package org.innkeeper.domain.idempotency;

import org.innkeeper.domain.shared.DomainException;

/** The key was used before for a different request (another body, method or address): 422. */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException(String key) {
        super("idempotency-key-reused", "Idempotency-Key",
                "Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request.");
    }
}
