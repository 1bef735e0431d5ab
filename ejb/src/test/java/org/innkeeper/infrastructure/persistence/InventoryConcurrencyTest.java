package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The inventory invariant, proved with real threads against a real database: many bookings race
 * for the last rooms over overlapping stays, and rooms sold never pass rooms sellable.
 */
class InventoryConcurrencyTest {

    private static final LocalDate D = LocalDate.of(2031, 6, 10);
    private static final int SELLABLE = 5;
    private static final int CLIENTS = 24;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void racingBookingsNeverOversellANight(TestDatabase.Kind kind) throws Exception {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        try (TestDatabase db = TestDatabase.of(kind)) {
            long typeId = db.inTransaction(em -> {
                RoomType suite = new RoomType("STE", "Junior Suite", 3, 0);
                em.persist(suite);
                Repositories.bind(em).inventory().open(suite, D, D.plusDays(6), SELLABLE);
                return suite.id();
            });

            // Every stay includes the night of D+2, so exactly SELLABLE bookings can succeed.
            List<StayPeriod> stays = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                LocalDate arrival = D.plusDays(i % 3);
                stays.add(new StayPeriod(arrival, D.plusDays(3 + i % 4)));
            }
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<StayPeriod> booked = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> futures = new ArrayList<>();
            for (StayPeriod stay : stays) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        db.inTransaction(em -> {
                            Repositories.bind(em).inventory().reserve(em.find(RoomType.class, typeId), stay);
                            return null;
                        });
                        booked.add(stay);
                    } catch (NoAvailabilityException expected) {
                        // lost the race: nothing was taken
                    } catch (Throwable t) {
                        unexpected.add(t);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(unexpected).as("only 'no availability' may stop a booking").isEmpty();
            assertThat(booked).hasSize(SELLABLE);
            Map<LocalDate, Integer> sold = db.inTransaction(em -> em.createQuery(
                            "select i.night, i.sold, i.sellable from InventoryNight i order by i.night", Object[].class)
                    .getResultStream().collect(Collectors.toMap(r -> (LocalDate) r[0], r -> {
                        assertThat((Integer) r[1]).isLessThanOrEqualTo((Integer) r[2]);
                        return (Integer) r[1];
                    })));
            for (LocalDate night = D; night.isBefore(D.plusDays(7)); night = night.plusDays(1)) {
                LocalDate n = night;
                long expected = booked.stream().filter(s -> s.includesNight(n)).count();
                assertThat(sold.get(n)).as("rooms sold on " + n).isEqualTo((int) expected);
            }
            assertThat(sold.get(D.plusDays(2))).isEqualTo(SELLABLE);
        }
    }
}
