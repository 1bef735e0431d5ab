package org.innkeeper.domain.idempotency;

import org.innkeeper.domain.shared.StateConflictException;

/** Another request with the same key is being answered right now (or has just been). */
public class IdempotencyKeyInUseException extends StateConflictException {

    public IdempotencyKeyInUseException(String key) {
        super("idempotency-key-in-use", "Idempotency-Key",
                "A request with Idempotency-Key '" + key + "' is still being answered; send it again in a moment.");
    }
}
