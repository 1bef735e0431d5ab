package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.dto.AvailabilityView;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.ModificationQuoteView;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RestrictionChange;
import org.innkeeper.application.dto.RoomRequest;
import org.innkeeper.application.dto.RoomTypeForm;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.rate.SaleRefusedException;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reservations in depth through the services on the real schema (H2): restrictions and their
 * reasons, alternatives, taxes, frozen terms, atomic modification, all-or-none groups, the waitlist
 * and options that lapse.
 */
class ReservationsInDepthServiceTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private TestDatabase db;
    private MovableClock clock;
    private LocalDate today;

    @BeforeEach
    void hotelWithTwoDoublesAndOneSuite() {
        db = TestDatabase.h2();
        clock = new MovableClock(NOW);
        today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        db.inTransaction(em -> {
            Hotel hotel = new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.ofInstant(NOW, ZoneOffset.UTC));
            hotel.changeTaxes(new TaxPolicy(new BigDecimal("10"), true, new BigDecimal("2.00")));
            em.persist(hotel);
            RoomType std = new RoomType("STD", "Standard Double", 2, 0);
            RoomType ste = new RoomType("STE", "Suite", 3, 1);
            em.persist(std);
            em.persist(ste);
            em.persist(new Room("101", 1, std));
            em.persist(new Room("102", 1, std));
            em.persist(new Room("201", 2, ste));
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (int i = 0; i < 60; i++) {
                em.persist(new RoomRate(bar, std, today.plusDays(i), Money.of("110", "EUR")));
                em.persist(new RoomRate(bar, ste, today.plusDays(i), Money.of("220", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, today, today.plusDays(59), 2);
            Repositories.bind(em).inventory().open(ste, today, today.plusDays(59), 1);
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private <T> T in(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock)));
    }

    private BookingRequest request(String type, LocalDate arrival, int nights, String lastName) {
        return new BookingRequest(type, "BAR", arrival, arrival.plusDays(nights), 2, 0,
                new GuestDetails("Grace", lastName, lastName.toLowerCase() + "@example.com", null), "Magazine",
                null, null, null);
    }

    private ReservationView book(BookingRequest request) {
        return in(s -> s.reservations().book(request, "DEMO"));
    }

    private int left(String type, LocalDate night) {
        return in(s -> s.availability().search(night, night.plusDays(1), 1, 0)).offers().stream()
                .filter(o -> o.roomType().equals(type)).mapToInt(o -> o.roomsLeft()).max().orElse(0);
    }

    @Test
    void everyOfferShowsEachNightWithItsTaxesTheTotalAndThePolicies() {
        AvailabilityView view = in(s -> s.availability().search(today.plusDays(10), today.plusDays(12), 2, 0));

        assertThat(view.offers()).extracting(o -> o.roomType()).containsExactly("STD", "STE");
        var std = view.offers().get(0);
        assertThat(std.nights()).hasSize(2).allSatisfy(n -> {
            assertThat(n.price()).isEqualByComparingTo("110.00");
            assertThat(n.net()).isEqualByComparingTo("100.00");
            assertThat(n.vat()).isEqualByComparingTo("10.00");
            assertThat(n.cityTax()).isEqualByComparingTo("4.00");
            assertThat(n.total()).isEqualByComparingTo("114.00");
        });
        assertThat(std.roomTotal()).isEqualByComparingTo("200.00");
        assertThat(std.vat()).isEqualByComparingTo("20.00");
        assertThat(std.cityTax()).isEqualByComparingTo("8.00");
        assertThat(std.total()).isEqualByComparingTo("228.00");
        assertThat(std.policies().refundable()).isTrue();
        assertThat(std.policies().freeCancellationHours()).isEqualTo(24);
        assertThat(std.policies().summary()).isNotBlank();
    }

    @Test
    void aRestrictedStayIsListedWithItsReasonAndABookingOfItIsRefusedBookingNothing() {
        LocalDate arrival = today.plusDays(20);
        int set = in(s -> s.setup().setRestrictions(new RestrictionChange("BAR", "STD", arrival, arrival,
                EnumSet.allOf(DayOfWeek.class), 3, null, false, false, false)));
        assertThat(set).isEqualTo(1);

        AvailabilityView view = in(s -> s.availability().search(arrival, arrival.plusDays(2), 2, 0));
        assertThat(view.offers()).extracting(o -> o.roomType()).containsExactly("STE");
        assertThat(view.unavailable()).singleElement().satisfies(u -> {
            assertThat(u.roomType()).isEqualTo("STD");
            assertThat(u.reasons()).extracting(r -> r.code()).containsExactly("min-stay");
            assertThat(u.reasons().get(0).message()).contains("minimum stay 3 nights");
        });

        assertThatThrownBy(() -> book(request("STD", arrival, 2, "Short")))
                .isInstanceOf(SaleRefusedException.class).hasMessageContaining("minimum stay 3");
        assertThat(in(s -> s.availability().search(arrival, arrival.plusDays(3), 2, 0)).offers())
                .filteredOn(o -> o.roomType().equals("STD")).singleElement()
                .satisfies(o -> assertThat(o.roomsLeft()).as("nothing was booked").isEqualTo(2));
        assertThat(book(request("STD", arrival, 3, "Long")).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void whenNothingFitsTheNearestDatesThatDoAreOffered() {
        LocalDate night = today.plusDays(30);
        book(request("STD", night, 1, "One"));
        book(request("STD", night, 1, "Two"));
        book(request("STE", night, 1, "Three"));

        AvailabilityView view = in(s -> s.availability().search(night, night.plusDays(1), 2, 0));

        assertThat(view.offers()).isEmpty();
        assertThat(view.unavailable()).isNotEmpty().allSatisfy(u -> assertThat(u.reasons()).isNotEmpty());
        assertThat(view.alternatives()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.arrival()).isNotEqualTo(night);
            assertThat(Duration.between(a.arrival().atStartOfDay(), a.departure().atStartOfDay()).toDays()).isEqualTo(1);
            assertThat(a.roomsLeft()).isPositive();
        });
        assertThat(view.alternatives()).extracting(a -> a.arrival()).contains(night.minusDays(1), night.plusDays(1));
    }

    @Test
    void aReservationKeepsThePriceAndPolicyItWasConfirmedWith() {
        LocalDate arrival = today.plusDays(15);
        ReservationView booked = book(request("STD", arrival, 2, "Frozen"));
        assertThat(booked.total()).isEqualByComparingTo("228.00");

        in(s -> s.setup().setPrices(new PriceChange("BAR", "STD", arrival, arrival.plusDays(1),
                EnumSet.allOf(DayOfWeek.class), new BigDecimal("330"))));
        in(s -> {
            s.repositories.rates().ratePlan("BAR").orElseThrow().changePolicies(RatePolicies.nonRefundable());
            return null;
        });

        ReservationView again = in(s -> s.reservations().find(booked.confirmationNumber(), null));
        assertThat(again.total()).isEqualByComparingTo("228.00");
        assertThat(again.policies().refundable()).isTrue();
        assertThat(in(s -> s.reservations().cancellationQuote(booked.confirmationNumber(), null)).fee())
                .as("free until 24 hours before arrival, as booked").isEqualByComparingTo("0");
        assertThat(in(s -> s.availability().search(arrival, arrival.plusDays(2), 2, 0)).offers())
                .filteredOn(o -> o.roomType().equals("STD")).singleElement()
                .satisfies(o -> assertThat(o.roomTotal()).as("new bookings pay the new price").isEqualByComparingTo("600.00"));
    }

    @Test
    void lateCancellationPaysTheFirstNightAsThePolicyFrozenAtBookingSays() {
        ReservationView booked = book(request("STD", today.plusDays(1), 2, "Late"));
        clock.set(NOW.plus(Duration.ofHours(10))); // 19 hours before tomorrow's check-in: past the free 24 hours
        assertThat(in(s -> s.reservations().cancellationQuote(booked.confirmationNumber(), null)).fee())
                .isEqualByComparingTo("110.00");
        ReservationView cancelled = in(s -> s.reservations().cancel(booked.confirmationNumber(), null));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.feeCharged()).isEqualByComparingTo("110.00");
        assertThat(left("STD", today.plusDays(1))).isEqualTo(2);
    }

    @Test
    void aModificationThatDoesNotFitChangesNothingAndOneThatFitsIsRepriced() {
        LocalDate arrival = today.plusDays(40);
        ReservationView mine = book(request("STD", arrival, 2, "Mover"));
        book(request("STE", arrival.plusDays(1), 1, "Blocker"));

        assertThatThrownBy(() -> in(s -> s.reservations().modify(mine.confirmationNumber(),
                new ModificationRequest(null, null, "STE", null, null), null)))
                .isInstanceOf(NoAvailabilityException.class);
        ReservationView unchanged = in(s -> s.reservations().find(mine.confirmationNumber(), null));
        assertThat(unchanged.roomType()).isEqualTo("STD");
        assertThat(unchanged.total()).isEqualByComparingTo(mine.total());
        assertThat(left("STD", arrival)).isEqualTo(1);
        assertThat(left("STE", arrival)).isEqualTo(1);

        ReservationView longer = in(s -> s.reservations().modify(mine.confirmationNumber(),
                new ModificationRequest(null, arrival.plusDays(3), null, 1, null), null));
        assertThat(longer.nights()).isEqualTo(3);
        assertThat(longer.adults()).isEqualTo(1);
        assertThat(longer.total()).isEqualByComparingTo("336.00"); // 3 x (110 + 2.00 city tax)
        assertThat(left("STD", arrival.plusDays(2))).isEqualTo(1);
    }

    @Test
    void aGroupIsBookedWholeOrNotAtAll() {
        LocalDate arrival = today.plusDays(25);
        GuestDetails leader = new GuestDetails("Ada", "Family", "ada@example.com", null);
        GroupBookingRequest tooMany = new GroupBookingRequest(arrival, arrival.plusDays(2), List.of(
                new RoomRequest("STD", "BAR", 2, 0), new RoomRequest("STD", "BAR", 2, 0),
                new RoomRequest("STD", "BAR", 1, 1)), leader, "Friends", null, null);

        assertThatThrownBy(() -> in(s -> s.reservations().bookGroup(tooMany, "DEMO")))
                .isInstanceOf(NoAvailabilityException.class);
        assertThat(left("STD", arrival)).isEqualTo(2);
        assertThat(this.<List<ReservationSummary>>in(s -> s.reservations().search(leader.lastName(), null, null, 10))).isEmpty();

        var group = in(s -> s.reservations().bookGroup(new GroupBookingRequest(arrival, arrival.plusDays(2), List.of(
                new RoomRequest("STD", "BAR", 2, 0), new RoomRequest("STE", "BAR", 2, 1)), leader, "Friends", null, null),
                "DEMO"));
        assertThat(group.reservations()).hasSize(2)
                .allSatisfy(r -> assertThat(r.bookingReference()).isEqualTo(group.reference()));
        assertThat(left("STD", arrival)).isEqualTo(1);
        assertThat(left("STE", arrival)).isZero();
    }

    @Test
    void freedRoomsAreOfferedToTheWaitlistInOrderAndTheGuestIsNotified() {
        LocalDate arrival = today.plusDays(35);
        ReservationView taken = book(request("STE", arrival, 2, "Holder"));
        BookingRequest first = withWaitlist(request("STE", arrival, 2, "First"));
        BookingRequest second = withWaitlist(request("STE", arrival, 1, "Second"));
        ReservationView w1 = book(first);
        ReservationView w2 = book(second);
        assertThat(List.of(w1.status(), w2.status())).containsOnly("WAITLISTED");
        assertThat(this.<List<ReservationSummary>>in(s -> s.reservations().waitlist())).extracting(ReservationSummary::confirmationNumber)
                .containsExactly(w1.confirmationNumber(), w2.confirmationNumber());

        Services cancelling = db.inTransaction(em -> {
            Services s = Services.bind(em, clock);
            s.reservations().cancel(taken.confirmationNumber(), null);
            return s;
        });
        assertThat(cancelling.freed).hasSize(1);
        int offered = offerAfterCommit(cancelling.freed.get(0));

        assertThat(offered).isEqualTo(1);
        ReservationView offeredTo = in(s -> s.reservations().find(w1.confirmationNumber(), null));
        assertThat(offeredTo.status()).isEqualTo("OPTION");
        assertThat(offeredTo.optionExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(in(s -> s.reservations().find(w2.confirmationNumber(), null)).status()).isEqualTo("WAITLISTED");
        assertThat(this.<List<org.innkeeper.application.dto.NotificationView>>in(s -> s.reservations().notifications(10))).singleElement().satisfies(n -> {
            assertThat(n.confirmationNumber()).isEqualTo(w1.confirmationNumber());
            assertThat(n.kind()).isEqualTo("WAITLIST_OFFER");
            assertThat(n.recipient()).isEqualTo("first@example.com");
        });
        assertThat(left("STE", arrival)).isZero();
    }

    @Test
    void aStopSoldNightIsNotOfferedToTheWaitlistButAStayWithoutItIs() {
        LocalDate arrival = today.plusDays(30);
        ReservationView taken = book(request("STE", arrival, 2, "Holder"));
        ReservationView acrossStop = book(withWaitlist(request("STE", arrival, 2, "Across")));
        ReservationView beforeStop = book(withWaitlist(request("STE", arrival, 1, "Before")));
        db.inTransaction(em -> {
            org.innkeeper.domain.rate.StayRestriction stop = new org.innkeeper.domain.rate.StayRestriction(
                    Repositories.bind(em).rates().ratePlan("BAR").orElseThrow(),
                    Repositories.bind(em).rooms().roomType("STE").orElseThrow(), arrival.plusDays(1));
            stop.restrict(new org.innkeeper.domain.rate.StayRestriction.Rules(null, null, false, false, true));
            em.persist(stop);
            return null;
        });

        Services cancelling = db.inTransaction(em -> {
            Services s = Services.bind(em, clock);
            s.reservations().cancel(taken.confirmationNumber(), null);
            return s;
        });

        assertThat(offerAfterCommit(cancelling.freed.get(0))).isEqualTo(1);
        assertThat(in(s -> s.reservations().find(acrossStop.confirmationNumber(), null)).status())
                .as("first in line, but its second night is stop-sold").isEqualTo("WAITLISTED");
        assertThat(in(s -> s.reservations().find(beforeStop.confirmationNumber(), null)).status()).isEqualTo("OPTION");
    }

    @Test
    void theLastRoomsOwnReservationIsQuotedItsChangeAsAvailableAndTheChangeSucceeds() {
        LocalDate arrival = today.plusDays(20);
        ReservationView holder = book(request("STE", arrival, 2, "Holder")); // the one suite
        ModificationRequest oneDayLater = new ModificationRequest(arrival.plusDays(1), arrival.plusDays(3), null, null, null);
        assertThat(in(s -> s.availability().search(arrival.plusDays(1), arrival.plusDays(3), 2, 0)).offers())
                .as("searching, the holder's own suite counts as sold").noneMatch(o -> o.roomType().equals("STE"));

        ModificationQuoteView quote = in(s -> s.reservations().quoteModification(holder.confirmationNumber(), oneDayLater, "DEMO"));
        assertThat(quote.available()).isTrue();
        assertThat(quote.reasons()).isEmpty();
        assertThat(quote.offer().roomsLeft()).isEqualTo(1);
        assertThat(quote.arrival()).isEqualTo(arrival.plusDays(1));
        assertThat(quote.difference()).isEqualByComparingTo(quote.offer().total().subtract(holder.total()));

        ReservationView other = book(request("STD", arrival, 2, "Other"));
        ModificationQuoteView toSuite = in(s -> s.reservations().quoteModification(other.confirmationNumber(),
                new ModificationRequest(null, null, "STE", null, null), null));
        assertThat(toSuite.available()).as("another guest's change onto the suite").isFalse();
        assertThat(toSuite.reasons()).extracting(org.innkeeper.application.dto.ReasonView::code).contains("no-availability");
        assertThatThrownBy(() -> in(s -> s.reservations().quoteModification(holder.confirmationNumber(), oneDayLater, "OTA2")))
                .as("a channel quotes its own reservations only").isInstanceOf(org.innkeeper.domain.shared.NotFoundException.class);

        ReservationView moved = in(s -> s.reservations().modify(holder.confirmationNumber(), oneDayLater, "DEMO"));
        assertThat(moved.arrival()).isEqualTo(arrival.plusDays(1));
        assertThat(moved.total()).isEqualByComparingTo(quote.offer().total());
    }

    @Test
    void anOptionHoldsTheRoomUntilItLapsesThenTheRoomGoesBackOnSale() {
        LocalDate arrival = today.plusDays(12);
        BookingRequest asked = request("STE", arrival, 2, "Maybe");
        ReservationView option = book(new BookingRequest(asked.roomType(), asked.ratePlan(), asked.arrival(),
                asked.departure(), 2, 0, asked.guest(), asked.source(), NOW.plus(Duration.ofHours(48)), null, null));
        assertThat(option.status()).isEqualTo("OPTION");
        assertThat(left("STE", arrival)).isZero();

        clock.set(NOW.plus(Duration.ofHours(47)));
        assertThat(this.<Integer>in(s -> s.reservations().expireOptions())).isZero();
        assertThat(left("STE", arrival)).isZero();

        clock.set(NOW.plus(Duration.ofHours(49)));
        Services expiring = db.inTransaction(em -> {
            Services s = Services.bind(em, clock);
            assertThat(s.reservations().expireOptions()).isEqualTo(1);
            return s;
        });
        assertThat(expiring.freed).hasSize(1);
        assertThat(in(s -> s.reservations().find(option.confirmationNumber(), null)).status()).isEqualTo("CANCELLED");
        assertThat(left("STE", arrival)).isEqualTo(1);
        assertThatThrownBy(() -> in(s -> s.reservations().confirmOption(option.confirmationNumber(), null, null)))
                .isInstanceOf(StateConflictException.class);
    }

    /** Issue 10: the hotel's settings, not constants, decide the longest option, the horizon and the no-show hour. */
    @Test
    void theHotelsSettingsDecideOptionsTheHorizonAndWhenTheDeskMayMarkANoShow() {
        var saved = in(s -> s.setup().saveHotelSettings(new org.innkeeper.application.dto.HotelSettingsForm(
                15, 11, 18, 2, 24, 45, null)));
        assertThat(saved.optionMaxDays()).isEqualTo(2);
        assertThat(saved.timeZone()).isEqualTo("Z");

        BookingRequest threeDayOption = new BookingRequest("STD", "BAR", today.plusDays(10), today.plusDays(11), 2, 0,
                new GuestDetails("Olga", "Option", null, null), null, NOW.plus(Duration.ofDays(3)), null, null);
        assertThatThrownBy(() -> book(threeDayOption)).isInstanceOf(org.innkeeper.domain.shared.InvalidValueException.class)
                .hasMessageContaining("at most 2 days");
        assertThatThrownBy(() -> book(request("STD", today.plusDays(46), 1, "Far")))
                .hasMessageContaining("up to 45 days");
        assertThat(left("STD", today.plusDays(10))).as("nothing taken by the refusals").isEqualTo(2);

        // 09:00 on the arrival day: the guest may still come; from 18:00 hotel time the desk may mark the no-show
        ReservationView due = book(request("STD", today, 1, "Evening"));
        assertThat(due.noShowPossible()).isFalse();
        assertThatThrownBy(() -> in(s -> s.reservations().markNoShow(due.confirmationNumber())))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("from 18:00");
        clock.set(NOW.plus(Duration.ofHours(9))); // 18:00
        assertThat(in(s -> s.reservations().find(due.confirmationNumber(), null)).noShowPossible()).isTrue();
        assertThat(in(s -> s.reservations().markNoShow(due.confirmationNumber())).status()).isEqualTo("NO_SHOW");
    }

    @Test
    void aNoShowPaysTheBookedFeeAndItsRoomsToComeAreSoldAgain() {
        LocalDate arrival = today.plusDays(1);
        ReservationView booked = book(request("STD", arrival, 2, "Absent"));
        assertThatThrownBy(() -> in(s -> s.reservations().markNoShow(booked.confirmationNumber())))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("before then");
        assertThat(left("STD", arrival)).isEqualTo(1);

        clock.set(NOW.plus(Duration.ofDays(2))); // the morning after the arrival date
        Services.businessDay(db, LocalDate.ofInstant(NOW.plus(Duration.ofDays(2)), java.time.ZoneOffset.UTC));
        Services marking = db.inTransaction(em -> {
            Services s = Services.bind(em, clock);
            ReservationView noShow = s.reservations().markNoShow(booked.confirmationNumber());
            assertThat(noShow.status()).isEqualTo("NO_SHOW");
            assertThat(noShow.feeCharged()).as("the first night, as booked").isEqualByComparingTo("110.00");
            assertThat(noShow.noShowPossible()).isFalse();
            return s;
        });
        assertThat(marking.freed).singleElement().satisfies(f -> {
            assertThat(f.from()).isEqualTo(arrival.plusDays(1));
            assertThat(f.to()).isEqualTo(arrival.plusDays(2));
        });
        assertThat(left("STD", arrival.plusDays(1))).as("tonight is sold again").isEqualTo(2);
        assertThatThrownBy(() -> in(s -> s.reservations().markNoShow(booked.confirmationNumber())))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void aChannelSyncsOnlyItsOwnChanges() {
        ReservationView mine = book(request("STD", today.plusDays(5), 1, "Mine"));
        in(s -> s.reservations().book(request("STD", today.plusDays(5), 1, "Theirs"), "OTA2"));

        List<ReservationView> changed = in(s -> s.reservations().modifiedSince("DEMO", NOW.minusSeconds(1), 100));
        assertThat(changed).extracting(ReservationView::confirmationNumber).containsExactly(mine.confirmationNumber());
        assertThat(this.<List<ReservationView>>in(s -> s.reservations().modifiedSince("DEMO", NOW.plusSeconds(1), 100))).isEmpty();
    }

    @Test
    void anOverbookingAllowanceSellsThatManyMoreAndNoMore() {
        LocalDate night = today.plusDays(8);
        book(request("STE", night, 1, "A"));
        assertThatThrownBy(() -> book(request("STE", night, 1, "B"))).isInstanceOf(NoAvailabilityException.class);

        in(s -> s.setup().saveRoomType(new RoomTypeForm("STE", "Suite", 3, 2, 1)));
        assertThat(book(request("STE", night, 1, "B")).status()).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> book(request("STE", night, 1, "C"))).isInstanceOf(NoAvailabilityException.class);
        assertThatThrownBy(() -> in(s -> s.setup().saveRoomType(new RoomTypeForm("STE", "Suite", 3, 2, -1))))
                .isInstanceOf(InvalidValueException.class);
    }

    private static BookingRequest withWaitlist(BookingRequest r) {
        return new BookingRequest(r.roomType(), r.ratePlan(), r.arrival(), r.departure(), r.adults(), r.children(),
                r.guest(), r.source(), null, null, true);
    }

    /** What the container does after the commit: each step in a transaction of its own. */
    private int offerAfterCommit(RoomsFreed freed) {
        List<Long> candidates = in(s -> s.waitlist().candidates(freed));
        int offered = 0;
        for (Long id : candidates) {
            if (in(s -> s.waitlist().offer(id))) {
                offered++;
            }
        }
        return offered;
    }
}
