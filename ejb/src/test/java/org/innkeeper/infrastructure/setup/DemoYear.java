package org.innkeeper.infrastructure.setup;

import jakarta.persistence.EntityManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;

/**
 * The demo hotel with its year of history seeded into a test database, as the server seeds it: committed part
 * by part, and the parts the server writes beside the rest written on a thread of their own, with an entity
 * manager of their own.
 */
public final class DemoYear {

    private DemoYear() {
    }

    public static void seed(TestDatabase db) {
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            db.inTransaction(em -> {
                DemoHotelSeeder seeder = new DemoHotelSeeder();
                seeder.em = em;
                seeder.inventory = Repositories.bind(em).inventory();
                seeder.statistics = Repositories.bind(em).statistics();
                seeder.beside = new DemoHotelSeeder.Beside() {
                    @Override
                    public <T> Future<T> start(BiFunction<EntityManager, Runnable, T> part) {
                        return threads.submit(() -> db.inTransaction(other -> part.apply(other, () -> {
                            other.getTransaction().commit();
                            other.getTransaction().begin();
                        })));
                    }
                };
                String day = System.getProperty("demo.today"); // to try the demo on another day by hand
                if (day != null) {
                    seeder.clock = java.time.Clock.fixed(java.time.LocalDate.parse(day).atTime(10, 0)
                            .atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault());
                }
                seeder.seed(() -> { // committed part by part, as the server does
                    em.getTransaction().commit();
                    em.getTransaction().begin();
                });
                return null;
            });
        } finally {
            threads.shutdownNow();
        }
    }
}
