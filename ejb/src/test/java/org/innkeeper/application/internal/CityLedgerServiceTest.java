package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.InvoiceRequest;
import org.innkeeper.application.dto.InvoiceView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReasonRequest;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Companies and the city ledger on H2 and PostgreSQL: a company's window billed to its account (the
 * invoice made out to it becomes its open item), the credit limit, payments set against the oldest
 * invoices, and the ageing of what is open as the business dates go by.
 */
class CityLedgerServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 6);
    private static final Instant NOW = Instant.parse("2027-09-06T18:00:00Z");
    private static final int GUESTS = 24;

    private final MovableClock clock = new MovableClock(NOW);
    private TestDatabase db;

    private void open(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, GUESTS + 2);
    }

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db)));
    }

    /** A guest whose room is on the company's window; tonight's audit posts it. */
    private String businessGuest(String name, String room, long companyId) {
        String cn = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(1), 2, 0,
                new GuestDetails("Guest", name, null, null), null, null, null, null), "DESK_PHONE")).confirmationNumber();
        tx(s -> s.arrival().checkIn(cn, new CheckInRequest(room, "PASSPORT", "P" + room + "0000")));
        tx(s -> s.departure().openWindow(cn, new org.innkeeper.application.dto.WindowRequest(null, null, null, companyId)));
        tx(s -> s.departure().route(cn, new org.innkeeper.application.dto.RouteRequest(List.of("ROOM", "CITY_TAX"), 2,
                null, null)));
        return cn;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompanysWindowIsBilledToItsAccountWithinItsCreditAndAgesUntilPaid(TestDatabase.Kind kind) {
        open(kind);
        try {
            var acme = tx(s -> s.companies().saveCompany(null, new org.innkeeper.application.dto.CompanyForm("Acme Ltd",
                    "1 Long Lane, London", "GB123456789", new BigDecimal("150.00"), true)));
            assertThatThrownBy(() -> tx(s -> s.companies().saveCompany(null, new org.innkeeper.application.dto.CompanyForm(
                    "acme ltd", null, null, BigDecimal.ONE, true)))).isInstanceOf(StateConflictException.class);
            String first = businessGuest("One", "101", acme.id());
            String second = businessGuest("Two", "102", acme.id());
            Services.audit(db, clock); // 112.00 (room and tax) on each company window

            var billed = tx(s -> s.departure().directBill(first, 2));
            assertThat(billed.windows().get(1).balance()).isEqualByComparingTo("0");
            assertThat(billed.postings()).anySatisfy(p -> assertThat(p.category()).isEqualTo("DIRECT_BILL"));
            List<InvoiceView> invoices = tx(s -> s.departure().invoices(first));
            assertThat(invoices).singleElement().satisfies(i -> {
                assertThat(i.recipientName()).isEqualTo("Acme Ltd");
                assertThat(i.recipientVatId()).isEqualTo("GB123456789");
                assertThat(i.grossTotal()).isEqualByComparingTo("112.00");
            });
            assertThatThrownBy(() -> tx(s -> s.departure().directBill(first, 2))).isInstanceOf(StateConflictException.class)
                    .extracting("kind").isEqualTo("nothing-to-bill");
            assertThatThrownBy(() -> tx(s -> s.departure().directBill(first, 1))).isInstanceOf(RuntimeException.class);
            // the second stay would take Acme past its 150.00: refused, nothing changes
            assertThatThrownBy(() -> tx(s -> s.departure().directBill(second, 2))).isInstanceOf(StateConflictException.class)
                    .extracting("kind").isEqualTo("credit-limit-exceeded");
            assertThat(tx(s -> s.departure().folio(second)).windows().get(1).balance()).isEqualByComparingTo("112.00");
            List<InvoiceView> none = tx(s -> s.departure().invoices(second));
            assertThat(none).isEmpty();

            // the guest checks out; the company's item is open and ages
            tx(s -> s.departure().checkOut(first));
            var account = tx(s -> s.companies().account(acme.id()));
            assertThat(account.owed()).isEqualByComparingTo("112.00");
            assertThat(account.openItems()).singleElement().satisfies(i -> assertThat(i.open()).isEqualByComparingTo("112.00"));
            assertThat(account.days0to30()).isEqualByComparingTo("112.00");
            Services.businessDay(db, TODAY.plusDays(45));
            account = tx(s -> s.companies().account(acme.id()));
            assertThat(account.days0to30()).isEqualByComparingTo("0");
            assertThat(account.days31to60()).isEqualByComparingTo("112.00");
            List<org.innkeeper.application.dto.CompanyAccountView> ageing = tx(s -> s.companies().ageing());
            assertThat(ageing).extracting(a -> a.company().name()).containsExactly("Acme Ltd");

            // a part payment is set against the open invoice; the rest keeps its age
            account = tx(s -> s.companies().recordPayment(acme.id(), new org.innkeeper.application.dto.LedgerPaymentRequest(
                    new BigDecimal("100.00"), "BANK_TRANSFER", "remittance 2027-10")));
            assertThat(account.owed()).isEqualByComparingTo("12.00");
            assertThat(account.days31to60()).isEqualByComparingTo("12.00");
            assertThat(account.entries()).extracting(e -> e.kind()).containsExactly("INVOICE", "PAYMENT");
            assertThat(account.entries().get(1).postedBy()).isEqualTo("clerk");
            assertThatThrownBy(() -> tx(s -> s.companies().recordPayment(acme.id(),
                    new org.innkeeper.application.dto.LedgerPaymentRequest(BigDecimal.TEN, "DIRECT_BILL", null))))
                    .isInstanceOf(org.innkeeper.domain.shared.InvalidValueException.class);
        } finally {
            db.close();
        }
    }
}
