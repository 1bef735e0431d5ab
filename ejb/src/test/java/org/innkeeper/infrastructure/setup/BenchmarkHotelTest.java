package org.innkeeper.infrastructure.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which start-up properties seed the benchmark hotel, and which are refused with a message. */
class BenchmarkHotelTest {

    /** Counts seeds instead of writing a hotel. */
    private static final class CountingSeeder extends BenchmarkHotelSeeder {
        boolean present;
        int seeds;

        @Override
        public boolean seeded() {
            return present;
        }

        @Override
        public void seed() {
            seeds++;
        }
    }

    private final CountingSeeder seeder = new CountingSeeder();
    private final BenchmarkHotel startup = new BenchmarkHotel();

    {
        startup.seeder = seeder;
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("innkeeper.seed");
        System.clearProperty("innkeeper.demo");
    }

    @Test
    void seedsOnlyWhenAskedAndOnlyIntoAnEmptyDatabase() {
        startup.seedIfAsked();
        assertThat(seeder.seeds).as("no property, no hotel").isZero();
        System.setProperty("innkeeper.seed", "benchmark");
        startup.seedIfAsked();
        assertThat(seeder.seeds).isEqualTo(1);
        seeder.present = true;
        startup.seedIfAsked();
        assertThat(seeder.seeds).as("a hotel is there already").isEqualTo(1);
    }

    @Test
    void anUnknownSeedOrBothHotelsAreRefusedByName() {
        System.setProperty("innkeeper.seed", "benchmarks");
        assertThatThrownBy(startup::seedIfAsked).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dinnkeeper.seed=benchmarks").hasMessageContaining("'benchmark'");
        System.setProperty("innkeeper.seed", "benchmark");
        System.setProperty("innkeeper.demo", "true");
        assertThatThrownBy(startup::seedIfAsked).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exclude each other");
        assertThat(seeder.seeds).isZero();
    }
}
