package org.innkeeper.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.StayQuote;
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

/** The rules of a stay in the house: moves, extensions, early departures, undoing a check-in. */
class StayChangesTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-01T15:00:00Z");
    private final RoomType std = new RoomType("STD", "Standard", 2, 0);
    private Room r101;
    private Room r102;
    private Reservation stay;

    @BeforeEach
    void guestInRoom101ForThreeNights() {
        r101 = new Room("101", 1, std);
        r102 = new Room("102", 1, std);
        Map<LocalDate, Money> prices = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            prices.put(ARRIVAL.plusDays(i), Money.of("100", "EUR"));
        }
        stay = Reservation.confirm(ConfirmationNumber.next(), new Guest("Ada", "Lovelace", null, null, NOW), std,
                new RatePlan("BAR", "BAR", null, 0), new StayPeriod(ARRIVAL, ARRIVAL.plusDays(3)), 2, prices, "DEMO",
                null, NOW);
        stay.assignRoom(r101, null, ARRIVAL, "anna", NOW);
        stay.checkIn(new Registration(IdentityDocument.of("PASSPORT", "X1234567"), "GB", null, List.of(), 2, null, null),
                ARRIVAL, false, "anna", NOW);
    }

    @Test
    void aMoveNeedsAReasonAVacantCleanRoomAndLeavesTheOldOneDirty() {
        assertThatThrownBy(() -> stay.moveTo(r102, null, " ", ARRIVAL, "anna", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> stay.moveTo(r101, null, "noise", ARRIVAL, "anna", NOW)).isInstanceOf(InvalidValueException.class);
        r102.changeHousekeeping(HousekeepingStatus.DIRTY);
        assertThatThrownBy(() -> stay.moveTo(r102, null, "noise", ARRIVAL, "anna", NOW)).isInstanceOf(StateConflictException.class);
        r102.changeHousekeeping(HousekeepingStatus.CLEAN);

        Room old = stay.moveTo(r102, null, "noise", ARRIVAL, "anna", NOW);
        assertThat(old).isSameAs(r101);
        assertThat(r101.occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(r101.housekeeping()).isEqualTo(HousekeepingStatus.DIRTY);
        assertThat(r102.occupancy()).isEqualTo(Occupancy.OCCUPIED);
        assertThat(stay.room()).isSameAs(r102);
        assertThat(stay.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(StayEvent.Kind.MOVED);
            assertThat(e.detail()).isEqualTo("101 → 102: noise");
            assertThat(e.by()).isEqualTo("anna");
        });
    }

    @Test
    void anExtensionAddsTheNightsAtTheirPriceAndAnEarlyDepartureGivesThemUp() {
        StayQuote extra = StayQuote.of(new StayPeriod(ARRIVAL.plusDays(3), ARRIVAL.plusDays(4)),
                Map.of(ARRIVAL.plusDays(3), Money.of("120", "EUR")), TaxPolicy.none(), 2);
        stay.extend(new StayPeriod(ARRIVAL, ARRIVAL.plusDays(4)), extra, ARRIVAL, "anna", NOW);
        assertThat(stay.stay().nights()).isEqualTo(4);
        assertThat(stay.total()).isEqualTo(Money.of("420", "EUR"));

        assertThatThrownBy(() -> stay.shorten(ARRIVAL, ARRIVAL, "anna", NOW)).as("at least one night")
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> stay.shorten(ARRIVAL.plusDays(1), ARRIVAL.plusDays(2), "anna", NOW))
                .as("not into the past").isInstanceOf(InvalidValueException.class);
        StayPeriod givenUp = stay.shorten(ARRIVAL.plusDays(2), ARRIVAL.plusDays(1), "anna", NOW);
        assertThat(givenUp).isEqualTo(new StayPeriod(ARRIVAL.plusDays(2), ARRIVAL.plusDays(4)));
        assertThat(stay.total()).isEqualTo(Money.of("200", "EUR"));
        assertThat(stay.nights()).extracting(NightlyRate::night).containsExactly(ARRIVAL, ARRIVAL.plusDays(1));
    }

    @Test
    void aCheckInIsUndoneOnlyTheSameDayWithAReason() {
        assertThatThrownBy(() -> stay.undoCheckIn("", ARRIVAL, "anna", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> stay.undoCheckIn("oops", ARRIVAL.plusDays(1), "anna", NOW))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("too-late");
        stay.undoCheckIn("wrong guest", ARRIVAL, "anna", NOW);
        assertThat(stay.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(stay.room()).isSameAs(r101);
        assertThat(r101.occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(stay.keysIssued()).isZero();
        assertThat(stay.history()).extracting(StayEvent::kind).containsExactly(StayEvent.Kind.ASSIGNED,
                StayEvent.Kind.CHECKED_IN, StayEvent.Kind.CHECK_IN_UNDONE);
    }
}
