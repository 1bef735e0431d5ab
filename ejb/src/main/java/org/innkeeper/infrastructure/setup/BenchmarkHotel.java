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
 * On start-up with {@code -Dinnkeeper.seed=benchmark}: seeds the benchmark hotel (see
 * {@link BenchmarkHotelSeeder}) into an empty database, for the load generator in the
 * {@code benchmark} module. Runs after the schema migration; does nothing when a hotel exists.
 * It and the demo hotel exclude each other: asking for both stops the deployment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchmarkHotel {

    static final String PROPERTY = "innkeeper.seed";
    static final String BENCHMARK = "benchmark";
    private static final Logger LOG = Logger.getLogger(BenchmarkHotel.class.getName());

    @EJB
    BenchmarkHotelSeeder seeder;

    @PostConstruct
    void seedIfAsked() {
        String seed = System.getProperty(PROPERTY);
        if (seed == null || seed.isBlank()) {
            return;
        }
        if (!BENCHMARK.equals(seed)) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + seed + ": the only seed known is '" + BENCHMARK
                    + "' (the demo hotel is -Dinnkeeper.demo=true)");
        }
        if (Boolean.getBoolean("innkeeper.demo")) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + BENCHMARK + " and -Dinnkeeper.demo=true"
                    + " exclude each other: one hotel per database");
        }
        if (seeder.seeded()) {
            LOG.info("A hotel is present; not seeding the benchmark hotel");
            return;
        }
        LOG.info("Seeding the benchmark hotel (first start on an empty database)...");
        seeder.seed();
    }
}
