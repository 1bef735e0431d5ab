package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.innkeeper.domain.idempotency.IdempotencyKeyInUseException;
import org.innkeeper.domain.idempotency.IdempotencyRecord;
import org.innkeeper.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The unique (channel, key) of idempotency_record lets one of many racing requests with a key do its
 * work; the others fail at their insert, never beside it. Keys of two channels never meet; old keys go.
 */
class IdempotencyRecordTest {

    private static final String HASH = "a".repeat(64);
    private static final int THREADS = 12;

    private static JpaIdempotencyRecordRepository records(EntityManager em) {
        JpaIdempotencyRecordRepository records = new JpaIdempotencyRecordRepository();
        records.em = em;
        return records;
    }

    private static void assumeAvailable(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(), "no PostgreSQL on 127.0.0.1:5432");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ofRequestsRacingWithOneKeyExactlyOneClaimsIt(TestDatabase.Kind kind) throws Exception {
        assumeAvailable(kind);
        try (TestDatabase db = TestDatabase.of(kind)) {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger claimed = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    try {
                        db.inTransaction(em -> {
                            IdempotencyRecord record = new IdempotencyRecord("DEMO", "key-1", HASH, Instant.now());
                            records(em).claim(record);
                            sleep(200); // the work, while the key is held and not yet committed
                            record.answer(201, "/api/v1/reservations/IK2ABCDEFG", "{}");
                            return null;
                        });
                        claimed.incrementAndGet();
                    } catch (IdempotencyKeyInUseException busy) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(claimed.get()).isEqualTo(1);
            assertThat(refused.get()).isEqualTo(THREADS - 1);
            IdempotencyRecord kept = db.inTransaction(em -> records(em).find("DEMO", "key-1").orElseThrow());
            assertThat(kept.answered()).isTrue();
            assertThat(kept.status()).isEqualTo(201);
            assertThat(kept.location()).endsWith("IK2ABCDEFG");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void keysBelongToTheirChannelAndOldOnesAreForgotten(TestDatabase.Kind kind) {
        assumeAvailable(kind);
        try (TestDatabase db = TestDatabase.of(kind)) {
            Instant old = Instant.now().minus(Duration.ofHours(25));
            db.inTransaction(em -> {
                records(em).claim(new IdempotencyRecord("DEMO", "same", HASH, old));
                records(em).claim(new IdempotencyRecord("OTA2", "same", HASH, Instant.now()));
                return null;
            });
            assertThatThrownBy(() -> db.inTransaction(em -> {
                records(em).claim(new IdempotencyRecord("OTA2", "same", HASH, Instant.now()));
                return null;
            })).isInstanceOf(IdempotencyKeyInUseException.class);

            int forgotten = db.inTransaction(em -> records(em).removeCreatedBefore(Instant.now().minus(Duration.ofHours(24))));
            assertThat(forgotten).isEqualTo(1);
            Optional<IdempotencyRecord> demo = db.inTransaction(em -> records(em).find("DEMO", "same"));
            Optional<IdempotencyRecord> ota2 = db.inTransaction(em -> records(em).find("OTA2", "same"));
            assertThat(demo).isEmpty();
            assertThat(ota2).isPresent();
        }
    }

    @Test
    void aKeyIsPrintableAsciiOfAtMost255() {
        assertThatThrownBy(() -> new IdempotencyRecord("DEMO", "x".repeat(256), HASH, Instant.now()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("255");
        assertThatThrownBy(() -> new IdempotencyRecord("DEMO", "with space", HASH, Instant.now()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new IdempotencyRecord("DEMO", "ключ", HASH, Instant.now()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new IdempotencyRecord("DEMO", "x".repeat(255), HASH, Instant.now()).answered()).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
