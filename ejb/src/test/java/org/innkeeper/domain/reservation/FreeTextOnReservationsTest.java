package org.innkeeper.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.idempotency.IdempotencyRecord;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomBlock;
import org.innkeeper.domain.room.RoomBlockKind;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

/** Free text entering a booking, a registration, a room block or an idempotent request: no card numbers. */
class FreeTextOnReservationsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 4, 1);
    private static final Instant NOW = Instant.parse("2027-04-01T15:00:00Z");
    private static final String CARD = "4111 1111 1111 1111";

    private static String fieldOf(Throwable e) {
        return ((InvalidValueException) e).field();
    }

    @Test
    void guestAsBookedRefusesACardNumberInTheContacts() {
        assertThatThrownBy(() -> new GuestAsBooked("Ada", "Lovelace", null, CARD))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number")
                .extracting(FreeTextOnReservationsTest::fieldOf).isEqualTo("guest.phone");
        assertThatThrownBy(() -> new GuestAsBooked("Ada", CARD, null, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting(FreeTextOnReservationsTest::fieldOf).isEqualTo("guest.lastName");
        assertThat(new GuestAsBooked("Ada", "Lovelace", "ada@example.com", "+49 30 1234567").phone())
                .isEqualTo("+49 30 1234567");
    }

    @Test
    void aDocumentNumberIsNoCardNumber() {
        assertThatThrownBy(() -> IdentityDocument.of("PASSPORT", "4111-1111-1111-1111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number")
                .extracting(FreeTextOnReservationsTest::fieldOf).isEqualTo("documentNumber");
        assertThat(IdentityDocument.of("PASSPORT", "C01X00T47").number()).isEqualTo("C01X00T47");
        assertThat(IdentityDocument.of("ID_CARD", "1234 567890").number()).isEqualTo("1234 567890");
    }

    @Test
    void theSourceOfABookingIsOneLineWithoutCardNumbers() {
        assertThatThrownBy(() -> book("phone, card " + CARD)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("card number").extracting(FreeTextOnReservationsTest::fieldOf)
                .isEqualTo("source");
        assertThatThrownBy(() -> book("phone\u001b[31m")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("control characters");
        assertThat(book("walk-in").source()).isEqualTo("walk-in");
    }

    @Test
    void aRoomBlockReasonIsOneLineWithoutCardNumbers() {
        Room room = new Room("101", 1, new RoomType("STD", "Standard", 2, 0));
        assertThatThrownBy(() -> block(room, "broken, refund to " + CARD))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number")
                .extracting(FreeTextOnReservationsTest::fieldOf).isEqualTo("reason");
        assertThatThrownBy(() -> block(room, "broken\u0000")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("control characters");
        assertThat(block(room, "leaking tap").reason()).isEqualTo("leaking tap");
    }

    @Test
    void anIdempotencyKeyIsNoCardNumber() {
        assertThatThrownBy(() -> IdempotencyRecord.requireKey("4111-1111-1111-1111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number")
                .extracting(FreeTextOnReservationsTest::fieldOf).isEqualTo("Idempotency-Key");
        IdempotencyRecord.requireKey("550e8400-e29b-41d4-a716-446655440000");
    }

    private static RoomBlock block(Room room, String reason) {
        return new RoomBlock(room, RoomBlockKind.OUT_OF_ORDER, DAY, DAY.plusDays(1), reason,
                HousekeepingStatus.DIRTY, DAY, "clerk", NOW);
    }

    private static Reservation book(String source) {
        return Reservation.confirm(ConfirmationNumber.next(), new Guest("Al", "Hu", null, null, NOW),
                new RoomType("STD", "Standard", 2, 0), new RatePlan("BAR", "BAR", null, 0),
                new StayPeriod(DAY, DAY.plusDays(1)), 1, Map.of(DAY, Money.of("100", "EUR")), "DEMO", source, NOW);
    }
}
