package org.innkeeper.domain.folio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.NightlyRate;
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
    private static final Stamp TODAY = new Stamp(DAY, NOW, "anna");
    private static final BigDecimal SEVEN = new BigDecimal("7");

    private final Article room = system(Article.ROOM, "Room night", Department.ROOM, SEVEN);
    private final Article cityTax = system(Article.CITY_TAX, "City tax", Department.TAX, BigDecimal.ZERO);
    private final Article breakfast = new Article("BREAKFAST", "Breakfast", Department.FNB, new BigDecimal("19"),
            new BigDecimal("18.00"));
    private final Article minibar = new Article("MINIBAR", "Minibar", Department.MINIBAR, new BigDecimal("19"), null);
    private final Folio.NightArticles nights = new Folio.NightArticles(room, cityTax, breakfast);
    private Folio folio;
    private NightlyRate first;
    private long ids;

    @BeforeEach
    void openWithTwoRoomNights() {
        Reservation r = Reservation.confirm(ConfirmationNumber.next(), new Guest("Al", "Hu", null, null, NOW),
                new RoomType("STD", "Standard", 2, 0), new RatePlan("BAR", "BAR", null, 0),
                new StayPeriod(DAY, DAY.plusDays(2)), 1,
                Map.of(DAY, Money.of("100", "EUR"), DAY.plusDays(1), Money.of("110", "EUR")), "DEMO", null, NOW);
        folio = new Folio(r, "EUR");
        // 107.00 a night with 7 % VAT (100.00 net + 7.00) and 2.50 city tax
        first = new NightlyRate(new StayQuote.NightQuote(DAY, Money.of("100.00", "EUR"), Money.of("7.00", "EUR"),
                Money.of("2.50", "EUR")));
        numbered(folio.postNight(first, nights, "101", 2, false, SEVEN, TODAY));
    }

    @Test
    void aNightIsTheRoomWithItsVatAndTheCityTaxPostedOnce() {
        assertThat(folio.postings()).extracting(Posting::articleCode).containsExactly("ROOM", "CITY_TAX");
        Posting night = folio.postings().get(0);
        assertThat(night.amount()).isEqualTo(Money.of("107.00", "EUR"));
        assertThat(night.net()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(night.vat()).isEqualTo(Money.of("7.00", "EUR"));
        assertThat(night.department()).isEqualTo(Department.ROOM);
        assertThat(night.postingKey()).endsWith(":" + DAY + ":ROOM");
        assertThat(folio.postings().get(1).department()).isEqualTo(Department.TAX);
        assertThat(folio.postings().get(1).vat()).isEqualTo(Money.of("0.00", "EUR"));
        // the audit run again for the same night posts nothing
        assertThat(folio.postNight(first, nights, "101", 2, false, SEVEN, TODAY)).isEmpty();
        assertThat(folio.balance()).isEqualTo(Money.of("109.50", "EUR"));
        assertThat(folio.nightPosted(DAY)).isTrue();
        assertThat(folio.nightPosted(DAY.plusDays(1))).isFalse();
    }

    @Test
    void theBreakfastAPlanIncludesGoesToFoodAtItsOwnVatAndTheNightStillCostsTheSame() {
        Folio other = new Folio(folio.reservation(), "EUR");
        List<Posting> posted = other.postNight(first, nights, "101", 2, true, SEVEN, TODAY);
        assertThat(posted).extracting(Posting::articleCode).containsExactly("BREAKFAST", "ROOM", "CITY_TAX");
        Posting food = posted.get(0);
        assertThat(food.amount()).isEqualTo(Money.of("36.00", "EUR")); // 2 adults × 18.00
        assertThat(food.net()).isEqualTo(Money.of("30.25", "EUR"));     // 36.00 / 1.19
        assertThat(food.vat()).isEqualTo(Money.of("5.75", "EUR"));
        assertThat(posted.get(1).amount()).isEqualTo(Money.of("71.00", "EUR"));
        assertThat(posted.get(1).net()).isEqualTo(Money.of("66.36", "EUR")); // 71.00 / 1.07
        assertThat(other.balance()).isEqualTo(folio.balance());
    }

    @Test
    void aChargeIsSplitIntoNetAndVatAtItsArticlesRate() {
        Posting p = folio.postCharge(minibar, "Two sodas", Money.of("11.90", "EUR"), TODAY);
        assertThat(p.net()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(p.vat()).isEqualTo(Money.of("1.90", "EUR"));
        assertThat(p.vatPercent()).isEqualByComparingTo("19");
        assertThat(p.department()).isEqualTo(Department.MINIBAR);
        assertThat(p.postedBy()).isEqualTo("anna");
        assertThat(folio.balance()).isEqualTo(Money.of("121.40", "EUR"));
    }

    @Test
    void balanceIsChargesMinusPaymentsAndRefundsGiveBackAtMostWhatWasPaid() {
        folio.recordPayment(PaymentMethod.CASH, Money.of("100.00", "EUR"), null, TODAY);
        assertThat(folio.balance()).isEqualTo(Money.of("9.50", "EUR"));
        assertThatThrownBy(() -> folio.refund(PaymentMethod.CASH, Money.of("100.01", "EUR"), null, "overpaid", TODAY))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> folio.refund(PaymentMethod.CASH, Money.of("10", "EUR"), null, " ", TODAY))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("reason");
        Posting refund = folio.refund(PaymentMethod.CASH, Money.of("10.00", "EUR"), null, "paid twice", TODAY);
        assertThat(refund.amount()).isEqualTo(Money.of("-10.00", "EUR"));
        assertThat(refund.reason()).isEqualTo("paid twice");
        assertThat(folio.payments()).isEqualTo(Money.of("90.00", "EUR"));
        assertThat(folio.balance()).isEqualTo(Money.of("19.50", "EUR"));
    }

    @Test
    void aCorrectionIsAReversingPostingTheSameDayByAClerkLaterOnlyByAManager() {
        Posting soda = numbered(folio.postCharge(minibar, "Soda", Money.of("3.00", "EUR"), TODAY));
        assertThatThrownBy(() -> folio.reverse(soda.id(), "", false, TODAY))
                .isInstanceOf(InvalidValueException.class);
        Posting voided = numbered(folio.reverse(soda.id(), "not taken", false, TODAY));
        assertThat(voided.amount()).isEqualTo(Money.of("-3.00", "EUR"));
        assertThat(voided.net()).isEqualTo(Money.of("-2.52", "EUR"));
        assertThat(voided.reversesId()).isEqualTo(soda.id());
        assertThat(folio.balance()).isEqualTo(Money.of("109.50", "EUR"));
        assertThatThrownBy(() -> folio.reverse(soda.id(), "again", true, TODAY))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("already-reversed");
        assertThatThrownBy(() -> folio.reverse(voided.id(), "undo", true, TODAY))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("reversal-not-reversed");

        Stamp tomorrow = new Stamp(DAY.plusDays(1), NOW.plusSeconds(86_400), "anna");
        long nightId = folio.postings().get(0).id();
        assertThatThrownBy(() -> folio.reverse(nightId, "complaint", false, tomorrow))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("adjustment-needs-manager");
        Posting adjusted = folio.reverse(nightId, "noise complaint", true, tomorrow);
        assertThat(adjusted.businessDate()).isEqualTo(DAY.plusDays(1));
        assertThat(folio.balance()).isEqualTo(Money.of("2.50", "EUR"));
    }

    @Test
    void aFeeIsPostedOnceWhateverAsksTwice() {
        Article noShow = system(Article.NO_SHOW, "No-show fee", Department.ROOM, SEVEN);
        assertThat(folio.postFee(noShow, "No-show", Money.of("107.00", "EUR"), SEVEN, TODAY)).isNotNull();
        assertThat(folio.postFee(noShow, "No-show", Money.of("107.00", "EUR"), SEVEN, TODAY)).isNull();
        assertThat(folio.balance()).isEqualTo(Money.of("216.50", "EUR"));
    }

    @Test
    void cardPaymentsKeepOnlyTheLastFourDigits() {
        Posting p = folio.recordPayment(PaymentMethod.CARD, Money.of("10", "EUR"), "4242", TODAY);
        assertThat(p.cardLast4()).isEqualTo("4242");
        assertThat(p.description()).contains("4242").doesNotContainPattern("\\d{5,}");
        assertThatThrownBy(() -> folio.recordPayment(PaymentMethod.CARD, Money.of("10", "EUR"),
                "4242424242424242", TODAY)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.recordPayment(PaymentMethod.CARD, Money.of("10", "EUR"), null, TODAY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesPaymentsAboveTheBalanceNonPositiveAmountsAndAnotherCurrency() {
        assertThatThrownBy(() -> folio.recordPayment(PaymentMethod.CASH, Money.of("109.51", "EUR"), null, TODAY))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> folio.postCharge(minibar, "Bar", Money.of("0", "EUR"), TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.postCharge(minibar, "Bar", Money.of("-5", "EUR"), TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.postCharge(minibar, "Bar", Money.of("5", "USD"), TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(folio.balance()).isEqualTo(Money.of("109.50", "EUR"));
    }

    @Test
    void anArticleNoLongerSoldIsRefusedAndListPricesCountQuantities() {
        Article parking = new Article("PARKING", "Parking", Department.PARKING, new BigDecimal("19"), new BigDecimal("15"));
        assertThat(parking.amountFor(null, 3, "EUR")).isEqualTo(Money.of("45.00", "EUR"));
        assertThat(parking.amountFor(new BigDecimal("12"), 3, "EUR")).isEqualTo(Money.of("12.00", "EUR"));
        assertThatThrownBy(() -> minibar.amountFor(null, 1, "EUR")).isInstanceOf(InvalidValueException.class);
        parking.change("Parking", Department.PARKING, new BigDecimal("19"), new BigDecimal("15"), false);
        assertThatThrownBy(() -> folio.postCharge(parking, null, Money.of("15", "EUR"), TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no longer sold");
        assertThatThrownBy(() -> Article.code("a b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PaymentMethod.parse("BITCOIN")).extracting("field").isEqualTo("method");
    }

    @Test
    void aChargeDescriptionIsOneLineWithoutCardNumbers() {
        assertThatThrownBy(() -> folio.postCharge(minibar, "Bar\u0000", Money.of("5", "EUR"), TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("description");
        assertThatThrownBy(() -> folio.postCharge(minibar, "Bar, card 4111 1111 1111 1111",
                Money.of("5", "EUR"), TODAY)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("card number");
        assertThat(folio.postCharge(minibar, "Bar, table 12", Money.of("5", "EUR"), TODAY)
                .description()).isEqualTo("Bar, table 12");
    }

    @Test
    void undoingACheckInTakesBackItsEarlyArrivalFeeButNothingElse() {
        Folio fresh = new Folio(folio.reservation(), "EUR");
        Article early = new Article("EARLY_CHECKIN", "Early check-in", Department.ROOM, SEVEN, new BigDecimal("30"));
        numbered(List.of(fresh.postCharge(early, null, Money.of("30", "EUR"), TODAY)));
        fresh.undoCheckIn("wrong guest", TODAY);
        assertThat(fresh.balance().isZero()).isTrue();
        numbered(List.of(fresh.postCharge(minibar, "Soda", Money.of("3", "EUR"), TODAY)));
        assertThatThrownBy(() -> fresh.undoCheckIn("again", TODAY)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aCompanyWindowTakesWhatIsRoutedToItAndEachWindowIsPaidOnItsOwn() {
        Folio split = new Folio(folio.reservation(), "EUR");
        assertThatThrownBy(() -> split.route(room, 2, null, null)).isInstanceOf(InvalidValueException.class);
        assertThat(split.openWindow("Acme Ltd", "1 Long Lane", "gb123456789")).isEqualTo(2);
        split.route(room, 2, null, null);
        split.route(cityTax, 2, DAY, DAY); // the first night's tax only
        numbered(split.postNight(first, nights, "101", 2, false, SEVEN, TODAY));
        NightlyRate second = new NightlyRate(new StayQuote.NightQuote(DAY.plusDays(1), Money.of("100.00", "EUR"),
                Money.of("7.00", "EUR"), Money.of("2.50", "EUR")));
        numbered(split.postNight(second, nights, "101", 2, false, SEVEN, new Stamp(DAY.plusDays(1), NOW, "audit")));
        Posting soda = numbered(split.postCharge(minibar, "Soda", Money.of("3.00", "EUR"), TODAY));
        assertThat(split.postings()).extracting(Posting::window).containsExactly(2, 2, 2, 1, 1);
        assertThat(split.balance(2)).isEqualTo(Money.of("216.50", "EUR")); // two nights, the first night's tax
        assertThat(split.balance(1)).isEqualTo(Money.of("5.50", "EUR"));  // the second night's tax, the soda
        assertThat(split.windows().get(0).payeeVatId()).isEqualTo("GB123456789");

        // each window is paid for what it owes, no more
        assertThatThrownBy(() -> split.recordPayment(PaymentMethod.CASH, Money.of("5.51", "EUR"), null, 1, TODAY))
                .isInstanceOf(StateConflictException.class);
        split.recordPayment(PaymentMethod.BANK_TRANSFER, Money.of("216.50", "EUR"), null, 2, TODAY);
        assertThat(split.balance(2).isZero()).isTrue();

        // the soda goes on the company after all: reversed in window 1, posted in window 2, both say so
        Posting moved = split.transfer(soda.id(), 2, "the company pays drinks", TODAY);
        assertThat(moved.window()).isEqualTo(2);
        assertThat(moved.reason()).contains("from window 1", "posting " + soda.id(), "the company pays drinks");
        assertThat(split.postings()).filteredOn(p -> soda.id().equals(p.reversesId())).singleElement()
                .satisfies(r -> assertThat(r.window()).isEqualTo(1));
        assertThat(split.balance(1)).isEqualTo(Money.of("2.50", "EUR"));
        assertThat(split.balance(2)).isEqualTo(Money.of("3.00", "EUR"));
        assertThat(split.balance()).as("a transfer changes no total").isEqualTo(Money.of("5.50", "EUR"));
        assertThatThrownBy(() -> split.transfer(soda.id(), 2, "again", TODAY))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("not-transferable");
        assertThatThrownBy(() -> split.transfer(moved.id() == null ? 0 : moved.id(), 3, "x", TODAY))
                .isInstanceOf(RuntimeException.class);
    }

    private static Article system(String code, String name, Department department, BigDecimal vat) {
        Article a = new Article(code, name, department == Department.TAX ? Department.OTHER : department, vat, null);
        set(a, "systemArticle", true);
        set(a, "department", department);
        return a;
    }

    /** Ids, as the database gives them on flush. */
    private List<Posting> numbered(List<Posting> postings) {
        postings.forEach(p -> set(p, "id", ++ids + 1000));
        return postings;
    }

    private Posting numbered(Posting p) {
        set(p, "id", ++ids + 1000);
        return p;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFixedChargeIsPostedEveryNightItCoversOnceAtItsFrozenPriceAndRoutedLikeItsArticle() {
        Article parking = new Article("PARKING", "Parking", Department.PARKING, new BigDecimal("19"), new BigDecimal("15.00"));
        int company = folio.openWindow("Acme GmbH", null, null);
        folio.route(parking, company, null, null);
        FixedCharge charge = folio.addFixedCharge(parking, 2, Money.of("15.00", "EUR"), null, null, TODAY);
        Map<String, Article> catalogue = Map.of("PARKING", parking);

        List<Posting> posted = folio.postFixedCharges(DAY, catalogue::get, "101", TODAY);
        assertThat(posted).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(Money.of("30.00", "EUR"));
            assertThat(p.department()).isEqualTo(Department.PARKING);
            assertThat(p.vat()).isEqualTo(Money.of("4.79", "EUR"));
            assertThat(p.window()).isEqualTo(company);
            assertThat(p.postingKey()).endsWith(":" + DAY + ":PARKING");
        });
        numbered(posted);
        // run again for the same night: nothing; the next night: posted
        assertThat(folio.postFixedCharges(DAY, catalogue::get, "101", TODAY)).isEmpty();
        assertThat(folio.postFixedCharges(DAY.plusDays(1), catalogue::get, "101", TODAY)).hasSize(1);
        // not after the stay's last night it names, nor twice for one article and night
        assertThat(charge.appliesOn(DAY.plusDays(2))).isTrue(); // open end: the stay's end bounds it
        assertThatThrownBy(() -> folio.addFixedCharge(parking, 1, Money.of("15.00", "EUR"), DAY.plusDays(1), null, TODAY))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("charge 1");
    }

    @Test
    void aFixedChargeIsRefusedOutsideTheStayForSystemArticlesAndForClosedNights() {
        Article parking = new Article("PARKING", "Parking", Department.PARKING, new BigDecimal("19"), null);
        Money price = Money.of("15.00", "EUR");
        assertThatThrownBy(() -> folio.addFixedCharge(parking, 1, price, DAY.minusDays(1), null, TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(DAY + " to " + DAY.plusDays(1));
        assertThatThrownBy(() -> folio.addFixedCharge(parking, 1, price, null, DAY.plusDays(2), TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.addFixedCharge(parking, 0, price, null, null, TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> folio.addFixedCharge(room, 1, price, null, null, TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("with the night already");
        assertThatThrownBy(() -> folio.addFixedCharge(parking, 1, Money.of("15.00", "USD"), null, null, TODAY))
                .isInstanceOf(InvalidValueException.class);
        Stamp tomorrow = new Stamp(DAY.plusDays(1), NOW, "anna");
        assertThatThrownBy(() -> folio.addFixedCharge(parking, 1, price, DAY, null, tomorrow))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("closed");
        // added in house without dates: from the business date on, not for nights gone
        FixedCharge late = folio.addFixedCharge(parking, 1, price, null, null, tomorrow);
        assertThat(late.from()).isEqualTo(DAY.plusDays(1));
        assertThat(folio.fixedCharges()).hasSize(1);
    }

    @Test
    void anEndedFixedChargeKeepsItsPostedNightsAndOneNeverPostedIsRemoved() {
        Article parking = new Article("PARKING", "Parking", Department.PARKING, new BigDecimal("19"), null);
        Money price = Money.of("15.00", "EUR");
        folio.addFixedCharge(parking, 1, price, null, null, TODAY);
        folio.endFixedCharge(1, new Stamp(DAY.plusDays(1), NOW, "anna"));
        assertThat(folio.fixedCharges()).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(DAY);
            assertThat(c.appliesOn(DAY.plusDays(1))).isFalse();
        });
        Article pet = new Article("OTHER", "Pet", Department.OTHER, new BigDecimal("19"), null);
        folio.addFixedCharge(pet, 1, Money.of("10.00", "EUR"), DAY.plusDays(1), null, TODAY);
        folio.endFixedCharge(2, TODAY);
        assertThat(folio.fixedCharges()).extracting(FixedCharge::articleCode).containsExactly("PARKING");
        assertThatThrownBy(() -> folio.endFixedCharge(9, TODAY))
                .isInstanceOf(org.innkeeper.domain.shared.NotFoundException.class);
    }
}
