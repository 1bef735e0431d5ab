package org.innkeeper.infrastructure.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A part of the demo written beside the rest that fails fails the whole seeding: the hotel's row, written last,
 * is not written, and the next start says that the first seeding was interrupted instead of seeding over it.
 */
class DemoSeedingFailureTest {

    @Test
    void aPartWrittenBesideThatFailsFailsTheSeedingAndTheHotelIsNotWritten() {
        try (TestDatabase db = TestDatabase.h2()) {
            assertThatThrownBy(() -> db.inTransaction(em -> {
                DemoHotelSeeder seeder = seeder(em);
                seeder.beside = new DemoHotelSeeder.Beside() {
                    @Override
                    public <T> Future<T> start(BiFunction<EntityManager, Runnable, T> part) {
                        return CompletableFuture.failedFuture(new IllegalStateException("disk full"));
                    }
                };
                seeder.seed(() -> {
                    em.getTransaction().commit();
                    em.getTransaction().begin();
                });
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");

            assertThat(db.total("select count(r) from Room r")).as("the parts committed before the failure").isEqualTo(60);
            assertThat(db.total("select count(h) from Hotel h")).isZero();
            db.inTransaction(em -> {
                assertThatThrownBy(() -> seeder(em).seeded()).hasMessageContaining("interrupted");
                return null;
            });
        }
    }

    private static DemoHotelSeeder seeder(EntityManager em) {
        DemoHotelSeeder seeder = new DemoHotelSeeder();
        seeder.em = em;
        seeder.inventory = Repositories.bind(em).inventory();
        seeder.statistics = Repositories.bind(em).statistics();
        return seeder;
    }
}
