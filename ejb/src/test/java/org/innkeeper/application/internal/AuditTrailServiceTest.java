package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChangeView;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit trail written by Envers on the real mappings and schema (H2 and PostgreSQL): who changed a
 * reservation, its postings and the setup, with each field before and after; a channel and the timers
 * named as such; the managers' query by period, actor and kind.
 */
class AuditTrailServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 6);
    private static final Instant NOW = Instant.parse("2027-09-06T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private TestDatabase db;

    @org.junit.jupiter.api.BeforeEach
    void setUpIsDoneBySomeoneElse() {
        org.innkeeper.infrastructure.history.RevisionActor.bind(org.innkeeper.application.Actor.of("setup"));
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private <T> T as(String actor, Function<Services, T> work) {
        return db.inTransaction(em -> {
            Services s = Services.bind(em, clock, db);
            s.actor.actAs(actor, actor.equals("boss") ? java.util.Set.of("MANAGER") : java.util.Set.of("FRONT_DESK"));
            return work.apply(s);
        });
    }

    private String book(String actor, String channel, Instant optionUntil) {
        return as(actor, s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY.plusDays(3), TODAY.plusDays(5),
                2, 0, new GuestDetails("Ada", "Lovelace", "ada@example.org", null), null, optionUntil, null, null),
                channel)).confirmationNumber();
    }

    private List<ChangeView> history(String cn) {
        return as("anna", s -> s.auditTrail().reservationHistory(cn));
    }

    private List<ChangeView> changes(LocalDate from, LocalDate to, String actor, String kind, int limit) {
        return as("boss", s -> s.auditTrail().changes(from, to, actor, kind, limit));
    }

    private static ChangeView.Field field(ChangeView change, String name) {
        return change.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + change));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChangeShowsWhoMadeItAndEachFieldBeforeAndAfterWithTheFoliosPostings(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        String cn = as("anna", s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(2),
                2, 0, new GuestDetails("Ada", "Lovelace", "ada@example.org", null), null, null, null, null),
                "DESK_PHONE")).confirmationNumber();
        clock.set(NOW.plus(Duration.ofMinutes(5)));
        as("boris", s -> s.reservations().modify(cn, new ModificationRequest(null, TODAY.plusDays(3), null, 1, null), null));
        as("anna", s -> s.arrival().checkIn(cn, new org.innkeeper.application.dto.CheckInRequest("101", "PASSPORT", "P1010000")));
        as("anna", s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Two sodas", new BigDecimal("11.90"))));

        List<ChangeView> history = history(cn);

        assertThat(history).extracting(ChangeView::kind, ChangeView::action, ChangeView::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESERVATION", "ADDED", "anna"),
                org.assertj.core.groups.Tuple.tuple("RESERVATION", "CHANGED", "boris"),
                org.assertj.core.groups.Tuple.tuple("RESERVATION", "CHANGED", "anna"),
                org.assertj.core.groups.Tuple.tuple("POSTING", "ADDED", "anna"));
        ChangeView booked = history.get(0);
        assertThat(booked.record()).isNotBlank();
        assertThat(booked.label()).isEqualTo(cn);
        assertThat(field(booked, "guest_last_name").after()).isEqualTo("Lovelace");
        assertThat(field(booked, "room_type").after()).as("a foreign key shown by its code").isEqualTo("STD");
        ChangeView modified = history.get(1);
        assertThat(field(modified, "adults")).isEqualTo(new ChangeView.Field("adults", "2", "1"));
        assertThat(field(modified, "departure"))
                .isEqualTo(new ChangeView.Field("departure", TODAY.plusDays(2).toString(), TODAY.plusDays(3).toString()));
        assertThat(modified.fields()).extracting(ChangeView.Field::name).doesNotContain("guest_last_name", "status");
        assertThat(modified.at()).isAfterOrEqualTo(booked.at());
        ChangeView checkedIn = history.get(2);
        assertThat(field(checkedIn, "status")).isEqualTo(new ChangeView.Field("status", "CONFIRMED", "IN_HOUSE"));
        assertThat(field(checkedIn, "room")).isEqualTo(new ChangeView.Field("room", null, "101"));
        ChangeView posted = history.get(3);
        assertThat(field(posted, "amount").after()).isEqualTo("11.90");
        assertThat(field(posted, "posted_by").after()).isEqualTo("anna");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChannelsChangeIsTheChannelsAndATimersIsTheSystems(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        String viaChannel = book("channel:DEMO", "DEMO", null);
        as("channel:DEMO", s -> s.reservations().cancel(viaChannel, "DEMO"));
        String option = book("anna", "DESK_PHONE", NOW.plus(Duration.ofHours(1)));
        clock.set(NOW.plus(Duration.ofHours(2)));

        // the option lapses on the timer's own thread, where no request (and nobody) acts
        Thread timer = new Thread(() -> db.inTransaction(em -> Services.bind(em, clock, db).onTimerThread()
                .reservations().expireOptions()));
        timer.start();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(timer::join)).isNull();

        assertThat(history(viaChannel))
                .extracting(ChangeView::action, ChangeView::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADDED", "channel:DEMO"),
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "channel:DEMO"));
        List<ChangeView> lapsed = as("anna", s -> s.auditTrail().reservationHistory(option));
        assertThat(lapsed).extracting(ChangeView::actor).containsExactly("anna", "system");
        assertThat(field(lapsed.get(1), "status")).isEqualTo(new ChangeView.Field("status", "OPTION", "CANCELLED"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void managersQueryEveryChangeByPeriodActorAndKind(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        LocalDate committed = LocalDate.now(java.time.ZoneOffset.UTC); // a revision holds the moment it committed
        String cn = book("anna", "DESK_PHONE", null);
        as("boss", s -> s.setup().setPrices(new org.innkeeper.application.dto.PriceChange("BAR", "STD",
                TODAY.plusDays(1), TODAY.plusDays(2), java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                new BigDecimal("150.00"))));

        List<ChangeView> byAnna = as("boss", s -> s.auditTrail().changes(committed.minusDays(1), committed, "anna", null, 100));
        assertThat(byAnna).extracting(ChangeView::label).contains(cn);
        assertThat(byAnna).extracting(ChangeView::actor).containsOnly("anna");
        List<ChangeView> prices = as("boss", s -> s.auditTrail().changes(committed.minusDays(1), committed, "boss", "price", 100));
        assertThat(prices).hasSize(2).extracting(ChangeView::actor).containsOnly("boss");
        assertThat(field(prices.get(0), "amount")).isEqualTo(new ChangeView.Field("amount", "107.00", "150.00"));
        assertThat(changes(committed.minusDays(5), committed.minusDays(2), null, null, 100))
                .as("nothing before today").isEmpty();
        assertThat(changes(committed.minusDays(1), committed, null, null, 1)).hasSize(1);

        assertThatThrownBy(() -> as("anna", s -> s.auditTrail().changes(committed.minusDays(1), committed, null, null, 100)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("manager");
        assertThatThrownBy(() -> as("boss", s -> s.auditTrail().changes(committed.minusDays(1), committed, null, "GUESTBOOK", 100)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("kind");
    }
}
