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
        DemoYear.seed(db);
        // The seeder's own today (the hotel's business date), not the clock's: a run that crosses midnight
        // must not compare yesterday's seed with today's calendar.
        today = db.inTransaction(em -> ((java.sql.Date) em.createNativeQuery("select business_date from hotel")
                .getSingleResult()).toLocalDate());
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
    void theYearHasGuestRequestsMostAnsweredInTimeAndAFewAreOpenToday() {
        long logged = db.total("select count(r) from GuestRequest r");
        assertThat(logged).as("about one stay in four asked for something").isBetween(800L, 2500L);
        long answeredInTime = db.total("select count(r) from GuestRequest r where r.acknowledgedAt <= r.responseDueAt");
        assertThat(answeredInTime * 100 / logged).as("most answered within target").isBetween(55L, 95L);
        assertThat(db.total("select count(r) from GuestRequest r where r.escalationLevel > 0")).isPositive();
        assertThat(db.total("select count(distinct r.category) from GuestRequest r")).isEqualTo(8);
        assertThat(db.total("select count(r) from GuestRequest r where r.status <> RESOLVED")).isBetween(1L, 6L);
        assertThat(db.total("select count(e) from RequestEvent e")).isGreaterThan(3 * (logged - 6));
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
    void theInventoryCheckFindsNoDifferenceOverTheWholeYear() {
        List<org.innkeeper.domain.inventory.InventoryRepository.CountDifference> differences = db.inTransaction(em ->
                org.innkeeper.infrastructure.persistence.Repositories.bind(em).inventory()
                        .differences(today.minusYears(1), today.plusYears(1)));
        assertThat(differences).isEmpty();
    }

    @Test
    void nothingWasChangedAfterTheDemoStarted() {
        String day = System.getProperty("demo.today");
        java.time.Instant started = day == null ? java.time.Instant.now()
                : LocalDate.parse(day).atTime(10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant();
        java.time.Instant latest = db.inTransaction(em -> em.createQuery(
                "select max(r.modifiedAt) from Reservation r", java.time.Instant.class).getSingleResult());
        assertThat(latest).as("a reservation modified in the future never reaches a channel's sync").isBeforeOrEqualTo(started);
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
    void everyPastNightIsPostedOnceAsTheAuditWouldAndEveryPastDayFrozen() {
        // in-house guests have their nights before today on the folio, tonight's comes with tonight's audit
        assertThat(count("select count(p) from Posting p where p.articleCode = 'ROOM' and p.night >= :today")).isZero();
        assertThat(count("select count(r) from Reservation r where r.status = IN_HOUSE and r.stay.arrival < :today"
                + " and not exists (select 1 from Folio f join f.postings p where f.reservation = r"
                + " and p.articleCode = 'ROOM' and p.night = r.stay.arrival)")).isZero();
        assertThat(count("select count(p) from Posting p where p.type <> PAYMENT and (p.net is null"
                + " or p.department is null) and :today = :today")).as("every charge has its net and department").isZero();
        assertThat(count("select count(s) from DailyStatistics s where s.businessDate < :today"))
                .isEqualTo(DemoHotelSeeder.HISTORY_DAYS);
        // what was frozen is what the audit reads off the books
        LocalDate day = today.minusDays(20);
        var frozen = db.inTransaction(em -> Repositories.bind(em).statistics().day(day).orElseThrow());
        var again = db.inTransaction(em -> Repositories.bind(em).statistics().compute(day, ZoneId.systemDefault(),
                "EUR", java.time.Instant.now()));
        assertThat(frozen.roomsSold()).isEqualTo(again.roomsSold()).isPositive();
        assertThat(frozen.roomRevenue()).isEqualByComparingTo(again.roomRevenue());
        assertThat(frozen.roomRevenue()).isPositive();
        assertThat(frozen.roomsSold()).isLessThanOrEqualTo(frozen.roomsAvailable());
        // the year was frozen in one pass over all its days; each day computed alone (as the night audit does)
        // gives the same figures
        for (LocalDate d = today.minusDays(DemoHotelSeeder.HISTORY_DAYS); d.isBefore(today); d = d.plusDays(29)) {
            LocalDate checked = d;
            var stored = db.inTransaction(em -> Repositories.bind(em).statistics().day(checked).orElseThrow());
            var alone = db.inTransaction(em -> Repositories.bind(em).statistics().compute(checked,
                    ZoneId.systemDefault(), "EUR", java.time.Instant.now()));
            assertThat(List.of(stored.roomsTotal(), stored.roomsOutOfOrder(), stored.roomsSold(),
                    stored.roomsComplimentary(), stored.roomsHouseUse(), stored.arrivals(), stored.departures(),
                    stored.noShows(), stored.cancellations(), stored.guests()))
                    .as("the counts of " + checked).isEqualTo(List.of(alone.roomsTotal(), alone.roomsOutOfOrder(),
                            alone.roomsSold(), alone.roomsComplimentary(), alone.roomsHouseUse(), alone.arrivals(),
                            alone.departures(), alone.noShows(), alone.cancellations(), alone.guests()));
            assertThat(stored.totalRevenue()).as("revenue of " + checked).isEqualByComparingTo(alone.totalRevenue());
            assertThat(stored.revenue().keySet()).containsExactlyInAnyOrderElementsOf(alone.revenue().keySet());
        }
        // cancellation and no-show fees sit on folios (settled on the card where there was one)
        assertThat(count("select count(p) from Posting p where p.articleCode in ('NO_SHOW', 'CANCELLATION')"
                + " and :today = :today")).isPositive();
    }

    @Test
    void theOccupancyReportReadsFromTheFrozenYearTheSameNightsAsItComputes() {
        LocalDate first = today.minusDays(DemoHotelSeeder.HISTORY_DAYS);
        LocalDate last = today.minusDays(1);
        var frozen = db.inTransaction(em -> Repositories.bind(em).statistics().frozenSalesBetween(first, last));
        var computed = db.inTransaction(em -> Repositories.bind(em).reservations().salesBetween(first, last, today));
        assertThat(frozen).hasSize(DemoHotelSeeder.HISTORY_DAYS);
        var sold = frozen.stream().filter(s -> s.roomsSold() > 0).toList();
        assertThat(sold).hasSameSizeAs(computed).isNotEmpty();
        for (int i = 0; i < sold.size(); i++) {
            assertThat(sold.get(i).night()).isEqualTo(computed.get(i).night());
            assertThat(sold.get(i).roomsSold()).as("sold on " + sold.get(i).night()).isEqualTo(computed.get(i).roomsSold());
            assertThat(sold.get(i).revenue()).as("revenue of " + sold.get(i).night())
                    .isEqualByComparingTo(computed.get(i).revenue());
        }
    }

    @Test
    void everyCheckedOutStayHasItsInvoiceNumberedWithoutGapsInTheOrderGuestsLeft() {
        long stays = count("select count(r) from Reservation r where r.status = CHECKED_OUT and :today = :today");
        long invoices = count("select count(i) from Invoice i where :today = :today");
        long companyInvoices = count("select count(i) from Invoice i where i.window = 2 and :today = :today");
        assertThat(companyInvoices).as("business guests' rooms billed to their companies").isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = CHECKED_OUT and not exists"
                + " (select 1 from Invoice i where i.reservationId = r.id) and :today = :today")).isZero();
        assertThat(invoices).isGreaterThan(stays);
        assertThat(count("select max(i.number) from Invoice i where :today = :today")).isEqualTo(invoices);
        List<java.time.Instant> issued = db.inTransaction(em -> em.createQuery("select i.issuedAt from Invoice i"
                + " order by i.number", java.time.Instant.class).getResultList());
        assertThat(issued).isSorted();
        Number next = db.inTransaction(em -> (Number) em.createNativeQuery(
                "select next_number from invoice_counter where series = 'INVOICE'").getSingleResult());
        assertThat(next.longValue()).isEqualTo(invoices + 1);
        List<BigDecimal> balances = db.inTransaction(em -> em.createQuery("select i.balance from Invoice i"
                + " where i.window = 1", BigDecimal.class).getResultList());
        assertThat(balances).allSatisfy(b -> assertThat(b).isEqualByComparingTo("0"));
        // each company invoice is an item of the company's account on the city ledger, some paid, some still open
        assertThat(count("select count(e) from LedgerEntry e where e.kind = INVOICE and :today = :today"))
                .isEqualTo(companyInvoices);
        assertThat(count("select count(e) from LedgerEntry e where e.kind = PAYMENT and :today = :today")).isPositive()
                .isLessThan(companyInvoices);
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

    private long sql(String query) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }

    @Test
    void everyRoomSaysWhatItOffers() {
        assertThat(sql("select count(*) from room r where not exists (select 1 from room_feature f where f.room_id = r.id"
                + " and f.feature in ('SMOKING', 'NON_SMOKING'))")).as("smoking or not").isZero();
        assertThat(sql("select count(*) from room_feature where feature = 'SMOKING'")).isBetween(1L, 5L);
        assertThat(sql("select count(*) from room r where not exists (select 1 from room_feature f where f.room_id = r.id"
                + " and f.feature in ('BATHTUB', 'SHOWER'))")).as("bath or shower").isZero();
        assertThat(sql("select count(*) from room r where not exists (select 1 from room_feature f where f.room_id = r.id"
                + " and f.feature in ('RIVER_VIEW', 'CITY_VIEW'))")).as("a view").isZero();
        assertThat(sql("select count(*) from room_feature f join room r on r.id = f.room_id where f.feature = 'QUIET'"
                + " and r.floor >= 3")).isGreaterThanOrEqualTo(6);
        assertThat(sql("select count(*) from room_feature f join room r on r.id = f.room_id where f.feature = 'QUIET'"
                + " and r.floor < 3")).isZero();
        assertThat(sql("select count(*) from room_feature f join room r on r.id = f.room_id"
                + " where f.feature = 'ACCESSIBLE' and r.floor = 1")).isPositive();
        assertThat(sql("select count(*) from room_feature f join room r on r.id = f.room_id"
                + " where f.feature = 'ACCESSIBLE' and r.floor <> 1")).isZero();
    }

    @Test
    void neighboursOfTheTwinAndFamilyRoomsConnect() {
        List<Object[]> pairs = db.inTransaction(em -> em.createNativeQuery("select a.room_number, b.room_number, a.floor, b.floor,"
                + " b.connects_to_id = a.id from room a join room b on b.id = a.connects_to_id order by a.room_number",
                Object[].class).getResultList());
        assertThat(pairs).hasSizeBetween(6, 8).allSatisfy(p -> {
            assertThat(p[2]).as("same floor").isEqualTo(p[3]);
            assertThat(p[4]).as("both ways").isEqualTo(Boolean.TRUE);
            assertThat(Math.abs(Integer.parseInt((String) p[0]) - Integer.parseInt((String) p[1]))).isEqualTo(1);
        });
    }

    @Test
    void vipsAndRegularsWithWishesArriveTodayAndStayInTheHouse() {
        assertThat(count("select count(r) from Reservation r where r.stay.arrival = :today and r.status in"
                + " (CONFIRMED, GUARANTEED) and (r.guest.vipLevel > 0 or r.guest.alert is not null)"))
                .as("VIPs and alerts on today's arrivals").isPositive();
        assertThat(count("select count(r) from Reservation r where r.status = IN_HOUSE and r.stay.arrival < :today"
                + " and r.guest.alert is not null")).as("in the house with an alert").isPositive();
        assertThat(sql("select count(distinct guest_id) from guest_preference")).isGreaterThanOrEqualTo(15);
        assertThat(sql("select count(*) from guest where vip_level > 0")).isGreaterThanOrEqualTo(5);
        assertThat(sql("select count(*) from guest where loyalty_tier <> 'NONE'")).isGreaterThanOrEqualTo(5);
        assertThat(sql("select count(*) from guest where allergies is not null and pillow is not null")).isPositive();
        assertThat(sql("select count(*) from guest g where g.vip_level > 0 and (select count(*) from reservation r"
                + " where r.guest_id = g.id and r.status = 'CHECKED_OUT') >= 2")).as("returning VIPs").isPositive();
    }

    @Test
    void roomsOutOfOrderHoldTheirNightsAndLeaveInventory() {
        List<Object[]> blocks = db.inTransaction(em -> em.createNativeQuery("select b.id, b.room_id, b.from_night,"
                + " b.to_night, r.room_type_id, (select count(*) from room where room_type_id = r.room_type_id)"
                + " from room_block b join room r on r.id = b.room_id where b.kind = 'OUT_OF_ORDER'", Object[].class)
                .getResultList());
        assertThat(blocks).hasSize(2);
        for (Object[] b : blocks) {
            LocalDate from = ((java.sql.Date) b[2]).toLocalDate();
            LocalDate to = ((java.sql.Date) b[3]).toLocalDate();
            assertThat(from).isEqualTo(today);
            long nights = from.until(to).getDays();
            assertThat(sql("select count(*) from room_night where room_block_id = " + b[0] + " and room_id = " + b[1]))
                    .isEqualTo(nights);
            assertThat(sql("select max(sellable) from inventory_night where room_type_id = " + b[4]
                    + " and night >= date '" + today + "' and night < date '" + today.plusDays(nights) + "'"))
                    .as("one room fewer to sell").isEqualTo(((Number) b[5]).longValue() - 1);
            assertThat(sql("select min(sellable) from inventory_night where room_type_id = " + b[4]
                    + " and night >= date '" + today.plusDays(nights + 1) + "'")).isEqualTo(((Number) b[5]).longValue());
        }
        assertThat(sql("select count(*) from room_block where kind = 'OUT_OF_SERVICE'")).isEqualTo(1);
        assertThat(sql("select count(*) from room_night n join room_block b on b.id = n.room_block_id"
                + " where b.kind = 'OUT_OF_SERVICE'")).isZero();
        assertThat(count("select count(r) from Room r where r.occupancy = VACANT and r.housekeeping = DIRTY"
                + " and :today = :today")).as("dirty vacant rooms").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theYearHasSurveysAndComplaintsSpreadRealistically() {
        long left = sql("select count(*) from reservation where status = 'CHECKED_OUT'");
        assertThat(sql("select count(*) from survey")).as("every stay that left got its survey").isEqualTo(left);
        long answered = sql("select count(*) from survey where answered_at is not null");
        assertThat(answered * 100 / left).as("response rate %").isBetween(25L, 40L);
        long promoters = sql("select count(*) from survey where nps >= 9");
        long detractors = sql("select count(*) from survey where nps <= 6");
        assertThat(promoters).as("more promoters than detractors").isGreaterThan(detractors);
        assertThat(detractors).as("and some detractors").isPositive();
        assertThat(sql("select count(*) from survey where nps <= 6 and complaint_id is null"))
                .as("every detractor opened a complaint").isZero();
        assertThat(sql("select count(distinct extract(month from departure)) from survey where answered_at is not null"))
                .as("answers in every month").isEqualTo(12);
        long complaints = sql("select count(*) from complaint");
        assertThat(complaints * 100 / left).as("complaints per 100 stays").isBetween(3L, 20L);
        assertThat(sql("select count(*) from complaint where source = 'SURVEY' and assigned_to = 'duty manager'"))
                .isPositive();
        assertThat(sql("select count(*) from complaint where source in ('DESK', 'PHONE', 'EMAIL')")).isPositive();
        assertThat(sql("select count(*) from complaint where repeat_reason is not null")).as("repeats").isPositive();
        assertThat(sql("select count(*) from complaint where status = 'CLOSED'")).isPositive();
        assertThat(sql("select count(*) from complaint_event")).isGreaterThanOrEqualTo(complaints * 2);
        assertThat(sql("select count(distinct checked_in_by) from survey")).isPositive();
    }
}
