package org.innkeeper.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.innkeeper.application.IdempotencyService;
import org.innkeeper.application.dto.IdempotentResponse;
import org.innkeeper.domain.idempotency.IdempotencyKeyReusedException;
import org.innkeeper.domain.idempotency.IdempotencyRecord;
import org.innkeeper.domain.idempotency.IdempotencyRecordRepository;

@Stateless
public class DefaultIdempotencyService implements IdempotencyService {

    @Inject
    IdempotencyRecordRepository records;

    @Resource
    SessionContext context;

    @Override
    public Optional<IdempotentResponse> answered(String caller, String key, String requestHash) {
        IdempotencyRecord.requireKey(key);
        Optional<IdempotencyRecord> record = records.find(caller, key);
        if (record.isPresent() && !record.get().sameRequest(requestHash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return record.filter(IdempotencyRecord::answered)
                .map(r -> new IdempotentResponse(r.status(), r.location(), r.responseBody()));
    }

    @Override
    public IdempotentResponse once(String caller, String key, String requestHash, Supplier<IdempotentResponse> work) {
        // Looked up in the work's own transaction: a replay is answered without a failed insert (and the error
        // the database and Hibernate log for it), a new key costs no transaction of its own.
        Optional<IdempotentResponse> kept = answered(caller, key, requestHash);
        if (kept.isPresent()) {
            return kept.get();
        }
        IdempotencyRecord record = new IdempotencyRecord(caller, key, requestHash, Instant.now());
        records.claim(record);
        IdempotentResponse response;
        try {
            response = work.get();
        } catch (RuntimeException failed) {
            context.setRollbackOnly(); // the key must not outlive work that did not happen
            throw failed;
        }
        record.answer(response.status(), response.location(), response.body());
        return response;
    }

    @Override
    public int forgetExpired() {
        return records.removeCreatedBefore(Instant.now().minus(KEPT));
    }
}
