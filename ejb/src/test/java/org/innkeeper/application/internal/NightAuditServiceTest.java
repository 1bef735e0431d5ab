package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.dto.AuditRunRequest;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.NightAuditView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.domain.audit.AuditStep;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The night audit on H2 and PostgreSQL: a day closed with its no-shows, postings, housekeeping,
 * frozen figures and the new business date; refused while a departure is still in the house; and
 * stopped at every step (inside the step's transaction, or between two steps) then run again: the
 * end is the same as an audit that never stopped, and nothing is posted twice.
 */
class NightAuditServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 14);
    private static final Instant NOW = Instant.parse("2027-06-14T20:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private TestDatabase db;

    private void open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            Hotel hotel = new Hotel("Audit Hotel", "EUR", ZoneOffset.UTC, TODAY);
            hotel.changeTaxes(new TaxPolicy(new BigDecimal("7"), true, new BigDecimal("2.50")));
            em.persist(hotel);
            RoomType std = new RoomType("STD", "Standard", 2, 0);
            em.persist(std);
            for (String n : List.of("101", "102", "103", "104")) {
                Room room = new Room(n, 1, std);
                room.changeHousekeeping(HousekeepingStatus.INSPECTED);
                em.persist(room);
            }
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (LocalDate n = TODAY.minusDays(10); n.isBefore(TODAY.plusDays(30)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("107", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, TODAY.minusDays(10), TODAY.plusDays(30), 4);
            return null;
        });
    }

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db)));
    }

    private String book(LocalDate arrival, int nights, String name, String card) {
        return tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", arrival, arrival.plusDays(nights), 2, 0,
                new GuestDetails("Guest", name, null, null), null, null, card, null), "DESK_PHONE")).confirmationNumber();
    }

    /** Today's house: one guest in for two nights, one leaving today, one guaranteed and one confirmed arrival who never come. */
    private Day day() {
        String staying = book(TODAY, 2, "Staying", null);
        tx(s -> s.arrival().checkIn(staying, new CheckInRequest("101", "PASSPORT", "S1234567")));
        // a parking space every night, at a price of the clerk's
        tx(s -> s.departure().addFixedCharge(staying, new org.innkeeper.application.dto.FixedChargeRequest("PARKING", 1,
                new BigDecimal("15.00"), null, null)));
        Services.businessDay(db, TODAY.minusDays(1)); // yesterday's guest, still in room 102
        String leaving = book(TODAY.minusDays(1), 1, "Leaving", null);
        tx(s -> s.arrival().checkIn(leaving, new CheckInRequest("102", "PASSPORT", "L1234567")));
        Services.businessDay(db, TODAY);
        String guaranteed = book(TODAY, 1, "Absent", "4242");
        String confirmed = book(TODAY, 1, "Missing", null);
        return new Day(staying, leaving, guaranteed, confirmed);
    }

    private record Day(String staying, String leaving, String guaranteed, String confirmed) {
    }

    private NightAuditView status() {
        return tx(s -> s.nightAudit().status());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDayIsClosedOnlyOnceItsDeparturesHaveLeftAndThenEverythingIsPostedAndFrozen(TestDatabase.Kind kind) {
        open(kind);
        try {
            Day day = day();
            NightAuditView before = status();
            assertThat(before.businessDate()).isEqualTo(TODAY);
            assertThat(before.blocked()).isTrue();
            assertThat(before.checks()).extracting(NightAuditView.Check::code)
                    .containsExactly("departures-not-checked-out", "arrivals-not-checked-in");
            assertThat(before.checks().get(0).items()).singleElement().asString().contains(day.leaving());

            assertThatThrownBy(() -> tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, true))))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("audit-blocked");
            assertThat(status().businessDate()).as("nothing changed").isEqualTo(TODAY);
            assertThat(db.total("select count(p) from Posting p")).isZero();

            // the blocking pre-check resolved: the guest leaving today checks out (nothing to pay)
            tx(s -> s.departure().checkOut(day.leaving()));
            assertThatThrownBy(() -> tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, false))))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("audit-warnings");

            NightAuditView after = tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, true)));
            assertThat(after.businessDate()).isEqualTo(TODAY.plusDays(1));
            assertThat(after.lastRun().status()).isEqualTo("DONE");
            assertThat(after.lastRun().log()).extracting(NightAuditView.LogLine::step).containsExactly(1, 2, 3, 4, 5, 6);
            assertEndOfDay(day);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRoomForTheHotelsOwnUseIsPostedAtZeroAndCountedAsHouseUseNotSold(TestDatabase.Kind kind) {
        open(kind);
        try {
            String duty = book(TODAY, 2, "DutyManager", null);
            tx(s -> s.arrival().checkIn(duty, new CheckInRequest("103", "PASSPORT", "D1234567")));
            assertThatThrownBy(() -> tx(s -> s.stay().houseUse(duty, true)))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("manager-only");
            tx(s -> {
                s.actor.actAs("manager", java.util.Set.of(org.innkeeper.application.AccessService.ROLE_MANAGER));
                return s.stay().houseUse(duty, true);
            });

            tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, true)));

            var folio = tx(s -> s.departure().folio(duty));
            assertThat(folio.postings()).extracting(p -> p.article()).containsExactly("ROOM");
            assertThat(folio.postings().get(0).amount()).isEqualByComparingTo("0.00");
            var figures = db.inTransaction(em -> Repositories.bind(em).statistics().day(TODAY).orElseThrow());
            assertThat(figures.roomsHouseUse()).isEqualTo(1);
            assertThat(figures.roomsSold()).isZero();
            assertThat(figures.roomsComplimentary()).isZero();
        } finally {
            db.close();
        }
    }

    static List<Arguments> stops() {
        List<Arguments> stops = new java.util.ArrayList<>();
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            for (AuditStep step : AuditStep.values()) {
                stops.add(Arguments.of(kind, step, true));
                stops.add(Arguments.of(kind, step, false));
            }
        }
        return stops;
    }

    /**
     * Stopped in the middle of a step (its transaction rolled back, as when the server is killed) or
     * just after it (committed), then run again from the start: the day ends as if it never stopped.
     */
    @ParameterizedTest(name = "{0}: stopped {2} step {1}")
    @MethodSource("stops")
    void anAuditStoppedAnywhereResumesAndPostsNothingTwice(TestDatabase.Kind kind, AuditStep stopAt, boolean inside) {
        open(kind);
        try {
            Day day = day();
            tx(s -> s.departure().checkOut(day.leaving()));
            db.inTransaction(em -> {
                Services.bind(em, clock).auditSteps().begin(TODAY, "manager");
                return null;
            });
            for (AuditStep step : AuditStep.values()) {
                if (step == stopAt && inside) {
                    assertThatThrownBy(() -> db.inTransaction(em -> {
                        Services.bind(em, clock, db).auditSteps().run(TODAY, step, true, "manager");
                        throw new IllegalStateException("killed before the commit");
                    })).hasMessageContaining("killed");
                    break;
                }
                db.inTransaction(em -> Services.bind(em, clock, db).auditSteps().run(TODAY, step, true, "manager"));
                if (step == stopAt) {
                    break; // stopped between this step and the next
                }
            }
            int finished = stopAt.number() - (inside ? 1 : 0);
            assertThat(db.total("select count(l) from AuditLogLine l")).isEqualTo(finished);

            // run again, as the manager does: it goes on after the last step finished
            if (stopAt == AuditStep.ROLL_DATE && !inside) {
                // it had finished: the day is closed, and asking to close it again is refused
                assertThatThrownBy(() -> tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, true))))
                        .isInstanceOf(StateConflictException.class).hasMessageContaining("is done");
            } else {
                NightAuditView resumed = tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, true)));
                assertThat(resumed.lastRun().businessDate()).isEqualTo(TODAY);
                assertThat(resumed.businessDate()).isEqualTo(TODAY.plusDays(1));
            }
            assertEndOfDay(day);

            // and once more for the same date: every step was done, nothing happens
            for (AuditStep step : AuditStep.values()) {
                boolean ran = db.inTransaction(em -> Services.bind(em, clock, db).auditSteps()
                        .run(TODAY, step, true, "manager"));
                assertThat(ran).isFalse();
            }
            assertEndOfDay(day);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theDatabaseRefusesASecondPostingOfTheSameNightEvenIfTheStepRanAgain(TestDatabase.Kind kind) {
        open(kind);
        try {
            Day day = day();
            tx(s -> s.departure().checkOut(day.leaving()));
            tx(s -> s.nightAudit().run(new AuditRunRequest(TODAY, true)));
            long postings = db.total("select count(p) from Posting p");
            // as if the step's record were lost: the posting step runs again and posts nothing new
            db.inTransaction(em -> em.createQuery("update NightAudit a set a.lastStep = 2").executeUpdate());
            Services.businessDay(db, TODAY);
            db.inTransaction(em -> Services.bind(em, clock, db).auditSteps().run(TODAY, AuditStep.POSTING, true, "manager"));
            assertThat(db.total("select count(p) from Posting p")).isEqualTo(postings);
            // and a posting made past the folio (a bug, a second server) is refused by the unique key
            assertThatThrownBy(() -> db.inTransaction(em -> em.createNativeQuery("insert into posting (id, folio_id, type,"
                    + " category, description, amount, currency, business_date, posted_at, posted_by, article_code,"
                    + " posting_key) select 999999, folio_id, type, category, description, amount, currency, business_date,"
                    + " posted_at, posted_by, article_code, posting_key from posting where article_code = 'ROOM'")
                    .executeUpdate())).isInstanceOf(RuntimeException.class);
            assertThat(db.total("select count(p) from Posting p")).isEqualTo(postings);
        } finally {
            db.close();
        }
    }

    /** What the close of TODAY leaves, however it got there. */
    private void assertEndOfDay(Day day) {
        assertThat(status().businessDate()).isEqualTo(TODAY.plusDays(1));
        // no-shows: both, the guaranteed one's fee settled on its card, the other's left open
        assertThat(tx(s -> s.reservations().find(day.guaranteed(), null)).status()).isEqualTo("NO_SHOW");
        assertThat(tx(s -> s.reservations().find(day.confirmed(), null)).status()).isEqualTo("NO_SHOW");
        assertThat(tx(s -> s.departure().folio(day.guaranteed())).postings()).extracting(p -> p.article() == null
                ? p.type() : p.article()).containsExactly("NO_SHOW", "PAYMENT");
        assertThat(tx(s -> s.departure().folio(day.guaranteed())).balance()).isEqualByComparingTo("0");
        assertThat(tx(s -> s.departure().folio(day.confirmed())).balance()).isEqualByComparingTo("107.00");
        // tonight's room and city tax posted once, for the staying guest only
        var staying = tx(s -> s.departure().folio(day.staying()));
        assertThat(staying.postings()).extracting(p -> p.article()).containsExactly("ROOM", "CITY_TAX", "PARKING");
        assertThat(staying.postings().get(2).amount()).isEqualByComparingTo("15.00");
        assertThat(staying.fixedCharges()).singleElement().satisfies(c -> assertThat(c.articleName()).isEqualTo("Parking"));
        assertThat(staying.postings()).allSatisfy(p -> assertThat(p.night()).isEqualTo(TODAY));
        assertThat(staying.postings().get(0).net()).isEqualByComparingTo("100.00");
        assertThat(staying.postings().get(0).vat()).isEqualByComparingTo("7.00");
        assertThat(staying.postings().get(1).amount()).isEqualByComparingTo("5.00");
        assertThat(db.total("select count(p) from Posting p where p.articleCode = 'ROOM'")).isEqualTo(1);
        assertThat(db.total("select count(p) from Posting p where p.articleCode = 'PARKING'")).isEqualTo(1);
        assertThat(db.total("select count(p) from Posting p where p.articleCode = 'NO_SHOW'")).isEqualTo(2);
        // housekeeping: the occupied room is dirty for tomorrow
        List<org.innkeeper.application.dto.RoomView> rooms = tx(s -> s.stay().rooms());
        assertThat(rooms).filteredOn(r -> r.number().equals("101")).singleElement()
                .satisfies(r -> assertThat(r.housekeeping()).isEqualTo("DIRTY"));
        // the day's figures, frozen once
        var figures = db.inTransaction(em -> Repositories.bind(em).statistics().day(TODAY).orElseThrow());
        assertThat(figures.roomsSold()).isEqualTo(1);
        assertThat(figures.roomsAvailable()).isEqualTo(4);
        assertThat(figures.noShows()).isEqualTo(2);
        assertThat(figures.departures()).isEqualTo(1);
        assertThat(figures.guests()).isEqualTo(2);
        assertThat(figures.roomRevenue()).as("the night and two no-show fees, net").isEqualByComparingTo("300.00");
        assertThat(db.total("select count(s) from DailyStatistics s")).isEqualTo(1);
        assertThat(db.total("select count(l) from AuditLogLine l")).as("each step logged once").isEqualTo(6);
        // the sale horizon moved with the date
        assertThat(db.total("select count(i) from InventoryNight i where i.night = {d '"
                + TODAY.plusDays(1 + Hotel.BOOKING_HORIZON_DAYS) + "'}")).isEqualTo(1);
    }
}
