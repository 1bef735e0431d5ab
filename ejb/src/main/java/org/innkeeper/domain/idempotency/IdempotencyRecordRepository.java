package org.innkeeper.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

public interface IdempotencyRecordRepository {

    Optional<IdempotencyRecord> find(String channel, String key);

    /**
     * Inserts the record at once, so that a racing request with the same key meets the unique
     * constraint now; throws {@link IdempotencyKeyInUseException} when it does.
     */
    void claim(IdempotencyRecord record);

    /** Forgets the keys created before the instant; returns how many. */
    int removeCreatedBefore(Instant instant);
}
