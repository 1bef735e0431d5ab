package org.innkeeper.infrastructure.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * On start-up with {@code -Dinnkeeper.demo=true}: seeds the demo hotel into an empty database.
 * Runs after the schema migration; does nothing when the hotel exists already.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHotel {

    private static final Logger LOG = Logger.getLogger(DemoHotel.class.getName());

    @EJB
    DemoHotelSeeder seeder;

    @PostConstruct
    void seedIfAsked() {
        if (!Boolean.getBoolean("innkeeper.demo")) {
            return;
        }
        if (seeder.seeded()) {
            LOG.info("Demo hotel present; not seeding again");
            return;
        }
        LOG.info("Seeding the demo hotel (first start on an empty database)...");
        seeder.seed();
    }
}
