package org.innkeeper.infrastructure.setup;

import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;

/** The demo hotel with its year of history seeded into a test database, as the server seeds it. */
public final class DemoYear {

    private DemoYear() {
    }

    public static void seed(TestDatabase db) {
        db.inTransaction(em -> {
            DemoHotelSeeder seeder = new DemoHotelSeeder();
            seeder.em = em;
            seeder.inventory = Repositories.bind(em).inventory();
            seeder.statistics = Repositories.bind(em).statistics();
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
    }
}
