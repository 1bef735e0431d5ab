package org.innkeeper.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2027, 3, 10);
    private static final Instant NOW = Instant.parse("2027-03-10T14:00:00Z");
    private static final Instant ARRIVES = Instant.parse("2027-03-10T15:00:00Z");
    private static final IdentityDocument PASSPORT = new IdentityDocument(DocumentType.PASSPORT, "X1234567");

    private RoomType std;
    private Room room101;
    private Reservation reservation;

    @BeforeEach
    void book() {
        std = new RoomType("STD", "Standard Double", 2, 0);
        room101 = new Room("101", 1, std);
        reservation = booking(std, 2);
    }

    private static Reservation booking(RoomType type, int adults) {
        StayPeriod stay = new StayPeriod(ARRIVAL, ARRIVAL.plusDays(2));
        Map<LocalDate, Money> prices = new HashMap<>();
        prices.put(ARRIVAL, Money.of("100.00", "EUR"));
        prices.put(ARRIVAL.plusDays(1), Money.of("120.00", "EUR"));
        return Reservation.confirm(ConfirmationNumber.next(), new Guest("Ada", "Lovelace", "ada@example.com", null, NOW),
                type, new RatePlan("BAR", "Best Available Rate", null, 0), stay, adults, prices, "DEMO", null, NOW);
    }

    @Test
    void aNewReservationIsConfirmedWithItsNightlyPricesFrozen() {
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.total()).isEqualTo(Money.of("220.00", "EUR"));
        assertThat(reservation.nights()).extracting(NightlyRate::night).containsExactly(ARRIVAL, ARRIVAL.plusDays(1));
    }

    @Test
    void refusesMoreAdultsThanTheRoomSleeps() {
        assertThatThrownBy(() -> booking(std, 3)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("adults");
    }

    @Test
    void refusesAStayWithAnUnpricedNight() {
        StayPeriod stay = new StayPeriod(ARRIVAL, ARRIVAL.plusDays(3));
        Map<LocalDate, Money> twoOfThree = Map.of(ARRIVAL, Money.of("1", "EUR"), ARRIVAL.plusDays(1), Money.of("1", "EUR"));
        assertThatThrownBy(() -> Reservation.confirm(ConfirmationNumber.next(),
                new Guest("A", "B", null, null, NOW), std, new RatePlan("BAR", "BAR", null, 0), stay, 1,
                twoOfThree, "DEMO", null, NOW)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void checkInOccupiesTheRoomAndRecordsTheDocument() {
        checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.IN_HOUSE);
        assertThat(reservation.room()).isSameAs(room101);
        assertThat(reservation.identityDocument()).isEqualTo(PASSPORT);
        assertThat(room101.occupancy()).isEqualTo(Occupancy.OCCUPIED);
    }

    @Test
    void noCheckInOfACancelledReservation() {
        reservation.cancel(ARRIVAL, NOW, ARRIVES);
        assertThatThrownBy(() -> checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("cancelled");
        assertThat(room101.occupancy()).isEqualTo(Occupancy.VACANT);
    }

    @Test
    void noCheckInBeforeTheArrivalDate() {
        assertThatThrownBy(() -> checkIn(reservation, room101, PASSPORT, ARRIVAL.minusDays(1), NOW))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("too-early");
    }

    @Test
    void aRoomOfAnotherTypeIsAnUpgradeThatRemembersTheBookedType() {
        Room suite = new Room("501", 5, new RoomType("STE", "Junior Suite", 3, 4));
        checkIn(reservation, suite, PASSPORT, ARRIVAL, NOW);
        assertThat(reservation.roomType().code()).isEqualTo("STE");
        assertThat(reservation.bookedRoomType().code()).isEqualTo("STD");
        assertThat(reservation.upgraded()).isTrue();
        assertThat(reservation.history()).extracting(e -> e.kind().name()).containsExactly("UPGRADED", "ASSIGNED", "CHECKED_IN");
    }

    @Test
    void noRoomForMorePeopleThanItSleeps() {
        Room single = new Room("601", 6, new RoomType("SGL", "Single", 1, 5));
        assertThatThrownBy(() -> checkIn(reservation, single, PASSPORT, ARRIVAL, NOW))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("room-not-assignable");
    }

    @Test
    void noCheckInToADirtyOrOccupiedRoom() {
        room101.changeHousekeeping(HousekeepingStatus.DIRTY);
        assertThatThrownBy(() -> checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("not clean");
        room101.changeHousekeeping(HousekeepingStatus.INSPECTED);
        checkIn(booking(std, 1), room101, PASSPORT, ARRIVAL, NOW);
        assertThatThrownBy(() -> checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("occupied");
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void noCheckOutWithABalance() {
        checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW);
        assertThatThrownBy(() -> reservation.checkOut(Money.of("0.01", "EUR"), NOW))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("balance-not-zero");
        assertThat(reservation.status()).isEqualTo(ReservationStatus.IN_HOUSE);
        assertThat(room101.occupancy()).isEqualTo(Occupancy.OCCUPIED);
    }

    @Test
    void checkOutLeavesTheRoomVacantAndDirty() {
        checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW);
        reservation.checkOut(Money.zero("EUR"), NOW.plusSeconds(86_400));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CHECKED_OUT);
        assertThat(room101.occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(room101.housekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
    }

    @Test
    void noCheckOutOfAGuestWhoNeverArrived() {
        assertThatThrownBy(() -> reservation.checkOut(Money.zero("EUR"), NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void onlyAConfirmedReservationCanBeCancelled() {
        checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW);
        assertThatThrownBy(() -> reservation.cancel(ARRIVAL, NOW, ARRIVES)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void whatIsPossibleTodayFollowsTheSameRules() {
        assertThat(reservation.canCheckIn(ARRIVAL.minusDays(1))).isFalse();
        assertThat(reservation.canCheckIn(ARRIVAL)).isTrue();
        assertThat(reservation.canCheckIn(ARRIVAL.plusDays(2))).isFalse();
        assertThat(reservation.canBeCancelled(ARRIVAL)).isTrue();
        assertThat(reservation.canBeCancelled(ARRIVAL.plusDays(1))).isFalse();
        checkIn(reservation, room101, PASSPORT, ARRIVAL, NOW);
        assertThat(reservation.canCheckIn(ARRIVAL)).isFalse();
        assertThat(reservation.canBeCancelled(ARRIVAL)).isFalse();
    }

    @Test
    void noCancellationOnceTheArrivalDateHasPassed() {
        reservation.cancel(ARRIVAL, NOW, ARRIVES); // on the arrival date itself it still can be
        Reservation late = booking(std, 1);
        assertThatThrownBy(() -> late.cancel(ARRIVAL.plusDays(1), NOW, ARRIVES))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("too-late");
        assertThat(late.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void identityDocumentsOfAnyScriptButNoJunk() {
        assertThat(IdentityDocument.of("passport", "77 ук 123456").number()).isEqualTo("77 УК 123456");
        assertThat(IdentityDocument.of("ID_CARD", "ab-12345").number()).isEqualTo("AB-12345");
        assertThatThrownBy(() -> IdentityDocument.of("PASSPORT", "12")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> IdentityDocument.of("PASSPORT", "<script>")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> IdentityDocument.of("VISA", "12345678")).extracting("field").isEqualTo("documentType");
    }

    @Test
    void namesWithHiddenCharactersAreRefusedOthersOfAnyScriptKept() {
        assertThat(new Guest("Анна", "Петрова", null, null, NOW).fullName()).isEqualTo("Анна Петрова");
        assertThat(new Guest("Zoë", "O'Brien-Müller", null, null, NOW).lastName()).isEqualTo("O'Brien-Müller");
        assertThatThrownBy(() -> new Guest("Eve\u202E", "X", null, null, NOW)).extracting("field").isEqualTo("guest.firstName");
        assertThatThrownBy(() -> new Guest("Eve", "X\u0000Y", null, null, NOW)).extracting("field").isEqualTo("guest.lastName");
    }

    @Test
    void aChannelSeesOnlyItsOwnReservations() {
        assertThat(reservation.isVisibleTo("DEMO")).isTrue();
        assertThat(reservation.isVisibleTo("OTA2")).isFalse();
        assertThat(reservation.isVisibleTo(null)).isTrue();
    }

    /** The desk's way: the room is given, then the guest registered. */
    private static void checkIn(Reservation r, Room room, IdentityDocument document, LocalDate businessDate, Instant at) {
        r.assignRoom(room, null, businessDate, "clerk", at);
        r.checkIn(new Registration(document, null, null, java.util.List.of(), 1, null, null), businessDate, false,
                "clerk", at);
    }
}
