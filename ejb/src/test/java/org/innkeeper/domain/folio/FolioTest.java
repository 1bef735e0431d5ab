package org.innkeeper.domain.folio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FolioTest {

    private static final LocalDate DAY = LocalDate.of(2027, 4, 1);
    private static final Instant NOW = Instant.parse("2027-04-01T15:00:00Z");
    private Folio folio;

    @BeforeEach
    void openWithTwoRoomNights() {
        Reservation r = Reservation.confirm(ConfirmationNumber.next(), new Guest("Al", "Hu", null, null, NOW),
                new RoomType("STD", "Standard", 2, 0), new RatePlan("BAR", "BAR", null, 0),
                new StayPeriod(DAY, DAY.plusDays(2)), 1,
                Map.of(DAY, Money.of("100", "EUR"), DAY.plusDays(1), Money.of("110", "EUR")), "DEMO", null, NOW);
        folio = new Folio(r, "EUR");
        folio.postRoomNights(r, DAY, NOW);
    }

    @Test
    void balanceIsChargesMinusPayments() {
        assertThat(folio.balance()).isEqualTo(Money.of("210.00", "EUR"));
        folio.postCharge(ChargeCategory.MINIBAR, "Minibar", Money.of("12.50", "EUR"), DAY, NOW);
        folio.recordPayment(PaymentMethod.CASH, Money.of("22.50", "EUR"), null, DAY, NOW);
        assertThat(folio.charges()).isEqualTo(Money.of("222.50", "EUR"));
        assertThat(folio.payments()).isEqualTo(Money.of("22.50", "EUR"));
        assertThat(folio.balance()).isEqualTo(Money.of("200.00", "EUR"));
        assertThat(folio.postings()).extracting(Posting::type)
                .containsExactly(PostingType.ROOM, PostingType.ROOM, PostingType.CHARGE, PostingType.PAYMENT);
    }

    @Test
    void cardPaymentsKeepOnlyTheLastFourDigits() {
        Posting p = folio.recordPayment(PaymentMethod.CARD, Money.of("10", "EUR"), "4242", DAY, NOW);
        assertThat(p.cardLast4()).isEqualTo("4242");
        assertThat(p.description()).contains("4242").doesNotContainPattern("\\d{5,}");
        assertThatThrownBy(() -> folio.recordPayment(PaymentMethod.CARD, Money.of("10", "EUR"),
                "4242424242424242", DAY, NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.recordPayment(PaymentMethod.CARD, Money.of("10", "EUR"), null, DAY, NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesPaymentsAboveTheBalanceAndNonPositiveAmounts() {
        assertThatThrownBy(() -> folio.recordPayment(PaymentMethod.CASH, Money.of("210.01", "EUR"), null, DAY, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> folio.postCharge(ChargeCategory.BAR, "Bar", Money.of("0", "EUR"), DAY, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.postCharge(ChargeCategory.BAR, "Bar", Money.of("-5", "EUR"), DAY, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThat(folio.balance()).isEqualTo(Money.of("210.00", "EUR"));
    }

    @Test
    void refusesAnotherCurrency() {
        assertThatThrownBy(() -> folio.postCharge(ChargeCategory.BAR, "Bar", Money.of("5", "USD"), DAY, NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parsesCategoriesAndMethodsOrSaysWhichFieldIsWrong() {
        assertThat(ChargeCategory.parse("minibar")).isEqualTo(ChargeCategory.MINIBAR);
        assertThatThrownBy(() -> ChargeCategory.parse("CASINO")).extracting("field").isEqualTo("category");
        assertThatThrownBy(() -> PaymentMethod.parse("BITCOIN")).extracting("field").isEqualTo("method");
    }

    @Test
    void aChargeDescriptionIsOneLineWithoutCardNumbers() {
        assertThatThrownBy(() -> folio.postCharge(ChargeCategory.BAR, "Bar\u0000", Money.of("5", "EUR"), DAY, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("description");
        assertThatThrownBy(() -> folio.postCharge(ChargeCategory.BAR, "Bar, card 4111 1111 1111 1111",
                Money.of("5", "EUR"), DAY, NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("card number");
        assertThat(folio.postCharge(ChargeCategory.BAR, "Bar, table 12", Money.of("5", "EUR"), DAY, NOW)
                .description()).isEqualTo("Bar, table 12");
    }
}
