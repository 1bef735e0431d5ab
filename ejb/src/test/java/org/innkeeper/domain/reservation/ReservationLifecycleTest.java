package org.innkeeper.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.rate.FeeBasis;
import org.innkeeper.domain.rate.GuaranteeType;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

/** Options, guarantees, the waitlist, modification and fees: the transitions the aggregate enforces. */
class ReservationLifecycleTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2027, 3, 10);
    private static final Instant BOOKED = Instant.parse("2027-02-01T10:00:00Z");
    private static final Instant ARRIVES = Instant.parse("2027-03-10T15:00:00Z");
    private static final StayPeriod STAY = new StayPeriod(ARRIVAL, ARRIVAL.plusDays(2));
    private static final RoomType STD = new RoomType("STD", "Standard Double", 2, 0);
    private static final RoomType SUP = new RoomType("SUP", "Superior King", 2, 1);

    private static StayQuote quote(StayPeriod stay, String price) {
        Map<LocalDate, Money> prices = new HashMap<>();
        stay.nightDates().forEach(n -> prices.put(n, Money.of(price, "EUR")));
        return StayQuote.of(stay, prices, TaxPolicy.none(), 2);
    }

    private static RatePlan flexible() {
        return new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
    }

    private static Reservation book(RatePlan plan, Reservation.Terms terms) {
        return Reservation.book(ConfirmationNumber.next(), new Guest("Ada", "Lovelace", "ada@example.com", null, BOOKED),
                STD, plan, STAY, new Party(2, 0), quote(STAY, "100"), terms, "DEMO", null, BOOKED);
    }

    @Test
    void anOptionHoldsUntilItLapsesOrIsTakenUp() {
        Instant until = BOOKED.plus(Duration.ofDays(2));
        Reservation option = book(flexible(), new Reservation.Terms(until, null));
        assertThat(option.status()).isEqualTo(ReservationStatus.OPTION);
        assertThat(option.status().holdsInventory()).isTrue();
        assertThat(option.optionExpired(until.minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> option.expireOption(until.minusSeconds(1))).isInstanceOf(StateConflictException.class);
        option.expireOption(until);
        assertThat(option.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(option.endReason()).isEqualTo(Reservation.EndReason.OPTION_EXPIRED);
        assertThat(option.feeCharged()).isEqualTo(Money.zero("EUR"));

        Reservation taken = book(flexible(), new Reservation.Terms(until, null));
        taken.confirmOption("4242", BOOKED.plusSeconds(60));
        assertThat(taken.status()).isEqualTo(ReservationStatus.GUARANTEED);
        assertThat(taken.optionExpiresAt()).isNull();
        assertThat(taken.guaranteeCardLast4()).isEqualTo("4242");
    }

    @Test
    void anOptionMustExpireSoonAndInTheFuture() {
        assertThatThrownBy(() -> book(flexible(), new Reservation.Terms(BOOKED, null)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("optionUntil");
        assertThatThrownBy(() -> book(flexible(), new Reservation.Terms(BOOKED.plus(Duration.ofDays(15)), null)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPlanThatAsksForAGuaranteeGetsOneOrNoBooking() {
        RatePlan card = new RatePlan("CORP", "Corporate", null, 0, new RatePolicies(GuaranteeType.CARD, null, 24,
                FeeBasis.FIRST_NIGHT, null, FeeBasis.FIRST_NIGHT, null));
        assertThatThrownBy(() -> book(card, Reservation.Terms.NONE)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("cardLast4");
        assertThat(book(card, new Reservation.Terms(null, "1234")).status()).isEqualTo(ReservationStatus.GUARANTEED);
        assertThatThrownBy(() -> new Reservation.Terms(null, "4111111111111111"))
                .isInstanceOf(InvalidValueException.class);
        Reservation plain = book(flexible(), Reservation.Terms.NONE);
        assertThat(plain.status()).isEqualTo(ReservationStatus.CONFIRMED);
        plain.guarantee("9876", BOOKED);
        assertThat(plain.status()).isEqualTo(ReservationStatus.GUARANTEED);
    }

    @Test
    void theCancellationFeeComesFromThePoliciesFrozenAtBooking() {
        RatePlan plan = flexible();
        Reservation r = book(plan, Reservation.Terms.NONE);
        plan.changePolicies(RatePolicies.nonRefundable()); // later change: not this guest's terms
        assertThat(r.cancellationFee(ARRIVES.minus(Duration.ofHours(25)), ARRIVES)).isEqualTo(Money.zero("EUR"));
        Money fee = r.cancel(ARRIVAL, ARRIVES.minus(Duration.ofHours(2)), ARRIVES);
        assertThat(fee).isEqualTo(Money.of("100", "EUR"));
        assertThat(r.feeCharged()).isEqualTo(fee);
        assertThat(r.endReason()).isEqualTo(Reservation.EndReason.CANCELLED_BY_GUEST);
    }

    @Test
    void aNoShowPaysTheNoShowFeeButNotBeforeTheArrivalDate() {
        Reservation r = book(flexible(), Reservation.Terms.NONE);
        assertThat(r.canBeMarkedNoShow(ARRIVAL.minusDays(1))).isFalse();
        assertThatThrownBy(() -> r.markNoShow(ARRIVAL.minusDays(1), ARRIVES.minus(Duration.ofDays(1))))
                .isInstanceOf(StateConflictException.class);
        assertThat(r.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(r.canBeMarkedNoShow(ARRIVAL)).isTrue();
        assertThat(r.markNoShow(ARRIVAL.plusDays(1), ARRIVES.plus(Duration.ofDays(1)))).isEqualTo(Money.of("100", "EUR"));
        assertThat(r.status()).isEqualTo(ReservationStatus.NO_SHOW);
        assertThat(r.feeCharged()).isEqualTo(Money.of("100", "EUR"));
        assertThat(r.canBeMarkedNoShow(ARRIVAL.plusDays(1))).isFalse();
        assertThatThrownBy(() -> r.markNoShow(ARRIVAL.plusDays(1), ARRIVES.plus(Duration.ofDays(1))))
                .isInstanceOf(StateConflictException.class);
    }

    /** Issue 10, defect 10: at midday on the arrival day the guest may still come; the desk waits for the no-show hour. */
    @Test
    void onTheArrivalDayTheDeskMarksANoShowOnlyFromTheHotelsNoShowHour() {
        Reservation r = book(flexible(), Reservation.Terms.NONE);
        java.time.ZonedDateTime sixPm = ARRIVAL.atTime(18, 0).atZone(java.time.ZoneOffset.UTC);
        Instant midday = Instant.parse("2027-03-10T12:00:00Z");
        assertThat(r.canBeMarkedNoShow(ARRIVAL, midday, sixPm)).isFalse();
        assertThatThrownBy(() -> r.markNoShow(ARRIVAL, midday, sixPm)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("from 18:00");
        assertThat(r.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(r.canBeMarkedNoShow(ARRIVAL.plusDays(1), midday.plus(Duration.ofDays(1)), sixPm))
                .as("the day after, any hour").isTrue();
        assertThat(r.canBeMarkedNoShow(ARRIVAL, sixPm.toInstant(), sixPm)).isTrue();
        assertThat(r.markNoShow(ARRIVAL, sixPm.toInstant().plusSeconds(60), sixPm)).isEqualTo(Money.of("100", "EUR"));
        assertThat(r.status()).isEqualTo(ReservationStatus.NO_SHOW);
    }

    @Test
    void aModificationRepricesTheWholeStay() {
        Reservation r = book(flexible(), Reservation.Terms.NONE);
        StayPeriod longer = new StayPeriod(ARRIVAL, ARRIVAL.plusDays(3));
        r.modify(SUP, longer, new Party(1, 1), quote(longer, "150"), ARRIVAL.minusDays(5), BOOKED.plusSeconds(5));
        assertThat(r.roomType()).isSameAs(SUP);
        assertThat(r.stay()).isEqualTo(longer);
        assertThat(r.children()).isEqualTo(1);
        assertThat(r.nights()).hasSize(3);
        assertThat(r.total()).isEqualTo(Money.of("450", "EUR"));
        assertThat(r.modifiedAt()).isEqualTo(BOOKED.plusSeconds(5));
        assertThatThrownBy(() -> r.modify(STD, STAY, new Party(2, 0), quote(STAY, "100"), ARRIVAL.plusDays(1), BOOKED))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("too-late");
        assertThatThrownBy(() -> r.modify(STD, STAY, new Party(2, 1), quote(STAY, "100"), ARRIVAL, BOOKED))
                .as("three people in a double").isInstanceOf(InvalidValueException.class);
        assertThat(r.stay()).isEqualTo(longer);
    }

    @Test
    void aWaitlistedRequestHoldsNothingUntilARoomIsOfferedAsAnOption() {
        Reservation w = Reservation.waitlist(ConfirmationNumber.next(), new Guest("Wait", "Ing", null, null, BOOKED),
                STD, flexible(), STAY, new Party(2, 0), quote(STAY, "100"), "DEMO", null, BOOKED);
        assertThat(w.status()).isEqualTo(ReservationStatus.WAITLISTED);
        assertThat(w.status().holdsInventory()).isFalse();
        assertThat(w.canCheckIn(ARRIVAL)).isFalse();
        Instant until = BOOKED.plus(Duration.ofHours(24));
        w.offerFromWaitlist(quote(STAY, "110"), until, BOOKED.plusSeconds(1));
        assertThat(w.status()).isEqualTo(ReservationStatus.OPTION);
        assertThat(w.optionExpiresAt()).isEqualTo(until);
        assertThat(w.total()).isEqualTo(Money.of("220", "EUR"));
        assertThatThrownBy(() -> w.offerFromWaitlist(quote(STAY, "110"), until, BOOKED))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void checkInTakesConfirmedAndGuaranteedButNotOptions() {
        Reservation option = book(flexible(), new Reservation.Terms(BOOKED.plus(Duration.ofDays(1)), null));
        assertThat(option.canCheckIn(ARRIVAL)).isFalse();
        Reservation guaranteed = book(flexible(), new Reservation.Terms(null, "1111"));
        assertThat(guaranteed.canCheckIn(ARRIVAL)).isTrue();
        assertThat(guaranteed.depositDue()).isEqualTo(Money.zero("EUR"));
        assertThat(new BigDecimal("200.00")).isEqualByComparingTo(guaranteed.total().amount());
    }
}
