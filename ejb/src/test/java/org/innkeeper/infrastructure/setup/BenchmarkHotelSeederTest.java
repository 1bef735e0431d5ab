package org.innkeeper.infrastructure.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hotel the load generator drives: 500 rooms, a year of prices and inventory, nothing sold. */
class BenchmarkHotelSeederTest {

    private static TestDatabase db;
    private static LocalDate today;

    @BeforeAll
    static void seed() {
        db = TestDatabase.h2();
        today = LocalDate.now(ZoneId.systemDefault());
        db.inTransaction(em -> {
            BenchmarkHotelSeeder seeder = new BenchmarkHotelSeeder();
            seeder.em = em;
            seeder.inventory = Repositories.bind(em).inventory();
            assertThat(seeder.seeded()).isFalse();
            seeder.seed();
            return null;
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void fiveHundredRoomsInTwentyTypesOfTwentyFive() {
        assertThat(db.total("select count(r) from Room r")).isEqualTo(500);
        assertThat(db.total("select count(distinct r.number) from Room r")).isEqualTo(500);
        List<Long> perType = db.inTransaction(em -> em.createQuery(
                "select count(r) from Room r group by r.roomType.id", Long.class).getResultList());
        assertThat(perType).hasSize(20).containsOnly(25L);
    }

    @Test
    void everyTypeIsOnSaleEveryNightOfTheYearWithNothingSold() {
        List<Object[]> rows = db.inTransaction(em -> em.createQuery("select i.roomType.id, count(i), min(i.night),"
                + " max(i.night), min(i.sellable), max(i.sellable), max(i.sold) from InventoryNight i"
                + " group by i.roomType.id", Object[].class).getResultList());
        assertThat(rows).hasSize(20).allSatisfy(row -> {
            assertThat((Long) row[1]).isEqualTo(BenchmarkHotelSeeder.NIGHTS_ON_SALE);
            assertThat(row[2]).isEqualTo(today);
            assertThat(row[3]).isEqualTo(today.plusDays(BenchmarkHotelSeeder.NIGHTS_ON_SALE - 1L));
            assertThat(row[4]).isEqualTo(25);
            assertThat(row[5]).isEqualTo(25);
            assertThat(row[6]).isEqualTo(0);
        });
        assertThat(db.total("select count(r) from Reservation r")).isZero();
    }

    @Test
    void aBestAvailableRatePricedEveryNightAndANonRefundableOneDerivedFromIt() {
        List<Object[]> rates = db.inTransaction(em -> em.createQuery("select r.ratePlan.code, count(r),"
                + " count(distinct r.roomType.id), min(r.price.amount) from RoomRate r group by r.ratePlan.code",
                Object[].class).getResultList());
        assertThat(rates).singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo("BAR");
            assertThat((Long) row[1]).isEqualTo(20L * BenchmarkHotelSeeder.NIGHTS_ON_SALE);
            assertThat((Long) row[2]).isEqualTo(20);
            assertThat((BigDecimal) row[3]).isPositive();
        });
        String parent = db.inTransaction(em -> em.createQuery(
                "select p.parent.code from RatePlan p where p.code = 'NRF'", String.class).getSingleResult());
        assertThat(parent).isEqualTo("BAR");
    }

    @Test
    void theGeneratorsChannelAndStaffLoginExist() {
        Channel channel = db.inTransaction(em -> em.createQuery("select c from Channel c where c.code = :code",
                Channel.class).setParameter("code", BenchmarkHotelSeeder.CHANNEL).getSingleResult());
        assertThat(channel.code()).isEqualTo("BENCH");
        assertThat(db.total("select count(s) from StaffUser s where s.username = 'bench-manager'")).isEqualTo(1);
        db.inTransaction(em -> {
            BenchmarkHotelSeeder seeder = new BenchmarkHotelSeeder();
            seeder.em = em;
            assertThat(seeder.seeded()).as("a second start does not seed again").isTrue();
            return null;
        });
    }
}
