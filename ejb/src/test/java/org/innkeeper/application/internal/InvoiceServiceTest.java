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
 * Invoices on H2 and PostgreSQL: what a stay cost, with its VAT by rate, the city tax and the
 * payments, as a PDF kept byte for byte; a credit note cancels it and a corrected invoice is issued
 * anew; and 24 threads issuing at once (some failing after taking a number) leave numbers with no gap
 * and no duplicate.
 */
class InvoiceServiceTest {

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

    /** A guest in room {@code room} for two nights, one posted by tonight's audit, with a minibar charge. */
    private String guestWithANightAndAMinibar(String name, String room) {
        String cn = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(2), 2, 0,
                new GuestDetails("Guest", name, null, null), null, null, null, null), "DESK_PHONE")).confirmationNumber();
        tx(s -> s.arrival().checkIn(cn, new CheckInRequest(room, "PASSPORT", "P" + room + "0000")));
        tx(s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Two sodas", new BigDecimal("11.90"))));
        return cn;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anInvoiceShowsTheStayWithItsVatByRateAndACreditNoteCancelsIt(TestDatabase.Kind kind) throws Exception {
        open(kind);
        try {
            String cn = guestWithANightAndAMinibar("Invoiced", "101");
            Services.audit(db, clock); // the night of TODAY: 107.00 (7 % VAT) and 5.00 city tax
            tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CARD", new BigDecimal("100.00"), "4242")));

            InvoiceView invoice = tx(s -> s.departure().issueInvoice(cn, new InvoiceRequest("Acme Travel Ltd",
                    "1 Long Lane, London", "GB123456789", "en")));
            assertThat(invoice.number()).isEqualTo("INV-000001");
            assertThat(invoice.issuer().vatId()).isEqualTo("DE987654321");
            assertThat(invoice.lines()).extracting(InvoiceView.Line::kind).containsExactly("CHARGE", "CHARGE", "TAX", "PAYMENT");
            assertThat(invoice.vat()).extracting(v -> v.percent().stripTrailingZeros().toPlainString()).containsExactly("7", "19");
            assertThat(invoice.vat().get(0).vat()).isEqualByComparingTo("7.00");
            assertThat(invoice.vat().get(1).net()).isEqualByComparingTo("10.00");
            assertThat(invoice.vat().get(1).vat()).isEqualByComparingTo("1.90");
            assertThat(invoice.netTotal()).isEqualByComparingTo("110.00");
            assertThat(invoice.vatTotal()).isEqualByComparingTo("8.90");
            assertThat(invoice.cityTax()).isEqualByComparingTo("5.00");
            assertThat(invoice.grossTotal()).isEqualByComparingTo("123.90");
            assertThat(invoice.paid()).isEqualByComparingTo("100.00");
            assertThat(invoice.balance()).isEqualByComparingTo("23.90");
            assertThat(invoice.serviceFrom()).isEqualTo(TODAY);

            byte[] pdf = tx(s -> s.departure().invoicePdf(invoice.id()));
            byte[] reprint = tx(s -> s.departure().invoicePdf(invoice.id()));
            assertThat(reprint).as("reprinted byte for byte").isEqualTo(pdf);
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            assertThat(text).contains("Invoice INV-000001", "Invoice Hotel GmbH", "DE987654321", "Acme Travel Ltd",
                    "GB123456789", "VAT by rate", "City tax", "123.90", "Balance due", "23.90", "Two sodas");

            // nothing left to invoice
            assertThatThrownBy(() -> tx(s -> s.departure().issueInvoice(cn, InvoiceRequest.TO_THE_GUEST)))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("nothing-to-invoice");

            // the company was wrong: a credit note cancels the invoice, a corrected one is issued anew
            InvoiceView note = tx(s -> s.departure().creditNote(invoice.id(), new ReasonRequest("wrong recipient")));
            assertThat(note.number()).isEqualTo("CN-000001");
            assertThat(note.credits()).isEqualTo("INV-000001");
            assertThat(note.grossTotal()).isEqualByComparingTo("-123.90");
            assertThatThrownBy(() -> tx(s -> s.departure().creditNote(invoice.id(), new ReasonRequest("again"))))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("already-cancelled");
            assertThat(tx(s -> s.departure().invoice(invoice.id())).cancelledBy()).isEqualTo("CN-000001");
            InvoiceView corrected = tx(s -> s.departure().issueInvoice(cn, new InvoiceRequest(null, null, null, "ru")));
            assertThat(corrected.number()).isEqualTo("INV-000002");
            assertThat(corrected.recipientName()).isEqualTo("Guest Invoiced");
            assertThat(corrected.grossTotal()).isEqualByComparingTo("123.90");
            byte[] russianPdf = tx(s -> s.departure().invoicePdf(corrected.id()));
            String russian = new PdfTextExtractor(new PdfReader(russianPdf)).getTextFromPage(1);
            assertThat(russian).contains("Счёт INV-000002", "НДС по ставкам", "К оплате");
            List<InvoiceView> all = tx(s -> s.departure().invoices(cn));
            assertThat(all).extracting(InvoiceView::number).containsExactly("INV-000001", "CN-000001", "INV-000002");

            // a late minibar charge: check-out pays it and invoices it on its own
            tx(s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Water", new BigDecimal("3.00"))));
            tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CASH", new BigDecimal("26.90"), null)));
            tx(s -> s.departure().checkOut(cn));
            List<InvoiceView> afterCheckOut = tx(s -> s.departure().invoices(cn));
            assertThat(afterCheckOut).extracting(InvoiceView::number).endsWith("INV-000003");
            assertThat(afterCheckOut.get(3).grossTotal()).isEqualByComparingTo("3.00");
            assertThat(afterCheckOut.get(3).balance()).as("what was paid since the last invoice").isEqualByComparingTo("-23.90");
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompanyPaysTheRoomTheGuestTheExtrasAndAFriendsRoomMovesOver(TestDatabase.Kind kind) {
        open(kind);
        try {
            String cn = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(1), 2, 0,
                    new GuestDetails("Ada", "Business", null, null), null, null, null, null), "DESK_PHONE"))
                    .confirmationNumber();
            String friend = guestWithANightAndAMinibar("Friend", "103");
            tx(s -> s.arrival().checkIn(cn, new CheckInRequest("102", "PASSPORT", "C1234567")));
            tx(s -> s.departure().openWindow(cn, new org.innkeeper.application.dto.WindowRequest("Acme Ltd",
                    "1 Long Lane, London", "GB123456789")));
            var routed = tx(s -> s.departure().route(cn, new org.innkeeper.application.dto.RouteRequest(
                    List.of("ROOM", "CITY_TAX"), 2, null, null)));
            assertThat(routed.windows()).extracting(w -> w.payee()).containsExactly("Ada Business", "Acme Ltd");
            assertThatThrownBy(() -> tx(s -> s.departure().route(cn, new org.innkeeper.application.dto.RouteRequest(
                    List.of("ROOM"), 3, null, null)))).isInstanceOf(org.innkeeper.domain.shared.InvalidValueException.class);
            tx(s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Chocolate", new BigDecimal("4.00"))));
            Services.audit(db, clock);

            var folio = tx(s -> s.departure().folio(cn));
            assertThat(folio.windows().get(1).balance()).as("the room and its tax").isEqualByComparingTo("112.00");
            assertThat(folio.windows().get(0).balance()).as("the guest's chocolate").isEqualByComparingTo("4.00");

            // the friend's minibar goes on this guest's bill (a transfer between stays, traced both ways)
            long friendsSoda = tx(s -> s.departure().folio(friend)).postings().stream()
                    .filter(p -> "MINIBAR".equals(p.article())).findFirst().orElseThrow().id();
            assertThatThrownBy(() -> tx(s -> s.departure().transfer(friend, friendsSoda,
                    new org.innkeeper.application.dto.TransferRequest(null, cn, " "))))
                    .isInstanceOf(RuntimeException.class);
            tx(s -> s.departure().transfer(friend, friendsSoda, new org.innkeeper.application.dto.TransferRequest(null, cn,
                    "she pays for her friend")));
            assertThat(tx(s -> s.departure().folio(friend)).postings()).anySatisfy(p ->
                    assertThat(p.reason()).contains("to stay " + cn, "she pays for her friend"));
            folio = tx(s -> s.departure().folio(cn));
            assertThat(folio.postings()).anySatisfy(p -> assertThat(p.reason()).contains("from stay " + friend));
            assertThat(folio.windows().get(0).balance()).isEqualByComparingTo("15.90");

            // each window settles on its own; check-out refuses while the company's is open
            tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CASH", new BigDecimal("15.90"), null, 1)));
            assertThatThrownBy(() -> tx(s -> s.departure().checkOut(cn))).isInstanceOf(StateConflictException.class)
                    .hasMessageContaining("window 2");
            tx(s -> s.departure().recordPayment(cn, new PaymentRequest("BANK_TRANSFER", new BigDecimal("112.00"), null, 2)));
            tx(s -> s.departure().checkOut(cn));
            List<InvoiceView> invoices = tx(s -> s.departure().invoices(cn));
            assertThat(invoices).extracting(InvoiceView::recipientName).containsExactlyInAnyOrder("Ada Business", "Acme Ltd");
            assertThat(invoices).filteredOn(i -> i.recipientName().equals("Acme Ltd")).singleElement().satisfies(i -> {
                assertThat(i.recipientVatId()).isEqualTo("GB123456789");
                assertThat(i.grossTotal()).isEqualByComparingTo("112.00");
                assertThat(i.balance()).isEqualByComparingTo("0");
            });
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDepositTakenBeforeArrivalIsSetAgainstTheStay(TestDatabase.Kind kind) {
        open(kind);
        try {
            String cn = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(1), 2, 0,
                    new GuestDetails("Dora", "Deposit", null, null), null, null, null, null), "DESK_PHONE"))
                    .confirmationNumber();
            assertThatThrownBy(() -> tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CASH",
                    new BigDecimal("112.01"), null)))).isInstanceOf(StateConflictException.class);
            var paid = tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CARD", new BigDecimal("50.00"), "4242")));
            assertThat(paid.reservationStatus()).isEqualTo("CONFIRMED");
            assertThat(paid.balance()).as("a credit until the stay is posted").isEqualByComparingTo("-50.00");
            assertThat(paid.postings().get(0).description()).contains("deposit");

            tx(s -> s.arrival().checkIn(cn, new CheckInRequest("101", "PASSPORT", "D1234567")));
            Services.audit(db, clock);
            assertThat(tx(s -> s.departure().folio(cn)).balance()).as("112.00 for the night, 50.00 paid before")
                    .isEqualByComparingTo("62.00");
            tx(s -> s.departure().recordPayment(cn, new PaymentRequest("CASH", new BigDecimal("62.00"), null)));
            tx(s -> s.departure().checkOut(cn));
            List<InvoiceView> invoices = tx(s -> s.departure().invoices(cn));
            assertThat(invoices).singleElement().satisfies(i -> {
                assertThat(i.paid()).isEqualByComparingTo("112.00");
                assertThat(i.balance()).isEqualByComparingTo("0");
            });
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void expressCheckOutChargesTheCardOnFileAndEmailsTheInvoice(TestDatabase.Kind kind) {
        open(kind);
        try {
            String withCard = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(1), 2, 0,
                    new GuestDetails("Ada", "Express", "ada@example.org", null), null, null, "4242", null), "DESK_PHONE"))
                    .confirmationNumber();
            String withoutCard = tx(s -> s.reservations().book(new BookingRequest("STD", "BAR", TODAY, TODAY.plusDays(1),
                    1, 0, new GuestDetails("Bob", "Cash", null, null), null, null, null, null), "DESK_PHONE"))
                    .confirmationNumber();
            tx(s -> s.arrival().checkIn(withCard, new CheckInRequest("101", "PASSPORT", "A1234567")));
            tx(s -> s.arrival().checkIn(withoutCard, new CheckInRequest("102", "PASSPORT", "B1234567")));
            Services.audit(db, clock);
            clock.set(NOW.plus(java.time.Duration.ofHours(14))); // the next morning

            tx(s -> s.departure().expressCheckOut(withCard));
            var folio = tx(s -> s.departure().folio(withCard));
            assertThat(folio.reservationStatus()).isEqualTo("CHECKED_OUT");
            assertThat(folio.balance()).isEqualByComparingTo("0");
            assertThat(folio.postings()).filteredOn(p -> "PAYMENT".equals(p.type())).singleElement()
                    .satisfies(p -> assertThat(p.cardLast4()).isEqualTo("4242"));
            List<InvoiceView> invoices = tx(s -> s.departure().invoices(withCard));
            assertThat(invoices).singleElement().satisfies(i -> assertThat(i.balance()).isEqualByComparingTo("0"));
            var outbox = tx(s -> s.mail().outbox(null, 20));
            assertThat(outbox.messages()).filteredOn(m -> "INVOICE".equals(m.kind())).singleElement().satisfies(m -> {
                assertThat(m.recipient()).isEqualTo("ada@example.org");
                assertThat(m.attachmentName()).isEqualTo(invoices.get(0).number() + ".pdf");
                assertThat(m.status()).as("no SMTP server in this test: it waits").isEqualTo("PENDING");
            });

            // no card on file and something to pay: not express
            assertThatThrownBy(() -> tx(s -> s.departure().expressCheckOut(withoutCard)))
                    .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("express-not-possible");
            assertThat(tx(s -> s.departure().folio(withoutCard)).reservationStatus()).isEqualTo("IN_HOUSE");
        } finally {
            db.close();
        }
    }

    /**
     * 24 desks issue an invoice each at the same instant; every third one fails after taking its number
     * (its transaction rolls back). The numbers issued are exactly 1..n: no gap, no duplicate.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void invoiceNumbersHaveNoGapsAndNoDuplicatesUnder24Threads(TestDatabase.Kind kind) throws Exception {
        open(kind);
        try {
            List<String> guests = new ArrayList<>();
            for (int i = 1; i <= GUESTS; i++) {
                guests.add(guestWithANightAndAMinibar("Race" + i, String.valueOf(100 + i)));
            }
            List<Callable<Void>> desks = new ArrayList<>();
            for (int i = 0; i < GUESTS; i++) {
                String cn = guests.get(i);
                boolean fails = i % 3 == 2;
                desks.add(() -> {
                    db.inTransaction(em -> {
                        Services.bind(em, clock, db).departure().issueInvoice(cn, InvoiceRequest.TO_THE_GUEST);
                        if (fails) {
                            throw new IllegalStateException("the printer jammed: rolled back");
                        }
                        return null;
                    });
                    return null;
                });
            }
            assertThat(RealThreads.race(desks, IllegalStateException.class)).isEmpty();
            int issued = GUESTS - GUESTS / 3;
            List<Long> numbers = db.inTransaction(em -> em.createQuery("select i.number from Invoice i"
                    + " where i.series = org.innkeeper.domain.invoice.InvoiceSeries.INVOICE order by i.number", Long.class)
                    .getResultList());
            List<Long> expected = new ArrayList<>();
            for (long n = 1; n <= issued; n++) {
                expected.add(n);
            }
            assertThat(numbers).isEqualTo(expected);
            Number next = db.inTransaction(em -> (Number) em.createNativeQuery(
                    "select next_number from invoice_counter where series = 'INVOICE'").getSingleResult());
            assertThat(next.longValue()).isEqualTo(issued + 1);
        } finally {
            db.close();
        }
    }
}
