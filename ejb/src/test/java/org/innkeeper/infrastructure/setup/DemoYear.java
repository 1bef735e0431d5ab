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
            seeder.seed();
            return null;
        });
    }
}
