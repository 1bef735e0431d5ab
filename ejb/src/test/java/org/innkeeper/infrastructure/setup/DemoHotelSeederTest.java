package org.innkeeper.infrastructure.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo hotel obeys the same rules as real data, and leaves room to explore today. */
class DemoHotelSeederTest {

    private static TestDatabase db;
    private static LocalDate today;

    @BeforeAll
    static void seed() {
        db = TestDatabase.h2();
        today = LocalDate.now(ZoneId.systemDefault());
        db.inTransaction(em -> {
            DemoHotelSeeder seeder = new DemoHotelSeeder();
            seeder.em = em;
            seeder.inventory = Repositories.bind(em).inventory();
            seeder.seed();
            return null;
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private long count(String jpql) {
        return db.inTransaction(em -> em.createQuery(jpql, Long.class).setParameter("today", today).getSingleResult());
    }

    @Test
    void aRealLookingHotel() {
        assertThat(db.total("select count(r) from Room r"))
                .isEqualTo(60);
        assertThat(db.total("select count(distinct r.floor) from Room r")).isGreaterThanOrEqualTo(4);
        assertThat(db.total("select count(t) from RoomType t"))
                .isEqualTo(5);
        assertThat(db.total("select count(p) from RatePlan p"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(r) from Reservation r where r.stay.arrival < :today - 300 day")).isPositive();
        assertThat(count("select count(r) from Reservation r where r.stay.arrival > :today + 60 day")).isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = CHECKED_OUT and r.stay.departure <= :today"))
                .isGreaterThan(4000);
        assertThat(count("select count(r) from Reservation r where r.status = IN_HOUSE and r.stay.departure > :today"))
                .isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = CONFIRMED and r.stay.arrival = :today"))
                .as("due in today").isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = IN_HOUSE and r.stay.departure = :today"))
                .as("due out today").isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = CANCELLED and r.stay.arrival < :today"))
                .isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = OPTION and r.stay.arrival > :today"))
                .as("options still to be taken up").isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = GUARANTEED and r.stay.arrival > :today"))
                .as("guaranteed bookings").isPositive();
        assertThat(count("select count(r) from Reservation r where r.ratePlan.code = 'NRF' and r.status = CONFIRMED"
                + " and :today = :today")).as("non-refundable needs a guarantee").isZero();
        assertThat(count("select count(r) from Reservation r where r.children > 0 and :today = :today")).isPositive();
    }

    @Test
    void noNightIsOversoldAndInventoryMatchesTheReservations() {
        Map<String, Long> held = new HashMap<>();
        db.inTransaction(em -> em.createQuery("select r.roomType.id, n.night, count(r) from Reservation r"
                + " join r.nights n where r.status in :holding"
                + " group by r.roomType.id, n.night", Object[].class)
                .setParameter("holding", org.innkeeper.domain.reservation.ReservationStatus.holdingInventory())
                .getResultList())
                .forEach(row -> held.put(row[0] + "/" + row[1], (Long) row[2]));
        List<Object[]> nights = db.inTransaction(em -> em.createQuery("select i.roomType.id, i.night, i.sold,"
                + " i.sellable from InventoryNight i", Object[].class).getResultList());
        assertThat(nights).hasSizeGreaterThan(5 * 1000).allSatisfy(row -> {
            int sold = (Integer) row[2];
            assertThat(sold).isBetween(0, (Integer) row[3]);
            assertThat((long) sold).as("sold " + row[0] + "/" + row[1])
                    .isEqualTo(held.getOrDefault(row[0] + "/" + row[1], 0L));
        });
    }

    @Test
    void noRoomIsGivenToTwoGuestsAtOnce() {
        long overlaps = count("select count(a) from Reservation a, Reservation b where a.room = b.room and a.id < b.id"
                + " and a.status in (IN_HOUSE, CHECKED_OUT) and b.status in (IN_HOUSE, CHECKED_OUT)"
                + " and a.stay.arrival < b.stay.departure and b.stay.arrival < a.stay.departure and :today = :today");
        assertThat(overlaps).isZero();
        long occupiedWithoutGuest = count("select count(r) from Room r where r.occupancy = OCCUPIED and not exists"
                + " (select 1 from Reservation x where x.room = r and x.status = IN_HOUSE) and :today = :today");
        assertThat(occupiedWithoutGuest).isZero();
    }

    @Test
    void checkedOutStaysAreSettled() {
        List<BigDecimal> balances = db.inTransaction(em -> em.createQuery("select sum(case when p.type = PAYMENT"
                + " then -p.amount.amount else p.amount.amount end) from Folio f join f.postings p"
                + " where f.reservation.status = CHECKED_OUT group by f.id", BigDecimal.class).getResultList());
        assertThat(balances).isNotEmpty().allSatisfy(b -> assertThat(b).isEqualByComparingTo("0"));
    }

    @Test
    void todayEveryRoomTypeCanStillBeBookedAndCheckedInto() {
        List<Object[]> free = db.inTransaction(em -> em.createQuery("select i.roomType.code, min(i.sellable - i.sold)"
                + " from InventoryNight i where i.night >= :from and i.night < :to"
                + " group by i.roomType.code", Object[].class).setParameter("from", today)
                .setParameter("to", today.plusDays(14)).getResultList());
        assertThat(free).hasSize(5).allSatisfy(row -> assertThat(((Number) row[1]).intValue())
                .isGreaterThanOrEqualTo(DemoHotelSeeder.FREE_ROOMS_KEPT));
        List<Object[]> ready = db.inTransaction(em -> em.createQuery("select r.roomType.code, count(r) from Room r"
                + " where r.occupancy = VACANT and r.housekeeping <> DIRTY group by r.roomType.code", Object[].class)
                .getResultList());
        for (Object[] row : ready) {
            long dueIn = db.inTransaction(em -> em.createQuery("select count(r) from Reservation r where"
                    + " r.roomType.code = :code and r.stay.arrival = :today and r.status = CONFIRMED", Long.class)
                    .setParameter("code", row[0]).setParameter("today", today).getSingleResult());
            assertThat((Long) row[1]).as("rooms ready for " + row[0]).isGreaterThanOrEqualTo(dueIn + DemoHotelSeeder.FREE_ROOMS_KEPT);
        }
        assertThat(ready).hasSize(5);
    }
}
