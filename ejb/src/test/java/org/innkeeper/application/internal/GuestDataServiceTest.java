package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.innkeeper.application.Actor;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.ComplaintRequest;
import org.innkeeper.application.dto.GuestDataView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.GuestErasureView;
import org.innkeeper.application.dto.GuestRequestForm;
import org.innkeeper.application.dto.InvoiceRequest;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.RetentionView;
import org.innkeeper.domain.request.RequestSource;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A guest's data on request on the real schema (H2 and PostgreSQL): the export holds the guest's
 * reservation, postings, request, complaint and history; erasure is refused while they are in house,
 * then leaves no trace of them outside the invoices, which stay exactly as issued; the retention run
 * erases only guests whose last stay is older than the hotel keeps data.
 */
class GuestDataServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 6);
    private static final Instant NOW = Instant.parse("2027-09-06T10:00:00Z");
    /** What must not survive an erasure: the guest's name, e-mail, phone and passport number. */
    private static final List<String> PERSONAL = List.of("lovelace", "ada@example.org", "7946", "p7654321");
    /** Where a guest's data may be held, but for the invoices, which the law keeps as issued. */
    private static final List<String> ERASABLE = List.of("guest", "guest_preference", "reservation", "reservation_aud",
            "companion", "guest_request", "request_event", "complaint", "complaint_event", "survey", "outbox_message",
            "guest_notification", "posting", "posting_aud", "room_aud");

    private final MovableClock clock = new MovableClock(NOW);
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private <T> T as(String actor, Function<Services, T> work) {
        return db.inTransaction(em -> {
            Services s = Services.bind(em, clock, db);
            s.actor.actAs(actor, actor.equals("boss") ? Set.of("MANAGER") : Set.of("FRONT_DESK"));
            return work.apply(s);
        });
    }

    private String book(String first, String last, String email, String phone, LocalDate arrival, int nights) {
        return as("anna", s -> s.reservations().book(new BookingRequest("STD", "BAR", arrival, arrival.plusDays(nights),
                1, 0, new GuestDetails(first, last, email, phone), null, null, null, null), "DESK_PHONE"))
                .confirmationNumber();
    }

    private void settleAndLeave(String cn) {
        BigDecimal balance = as("anna", s -> s.departure().folio(cn)).balance();
        if (balance.signum() > 0) {
            as("anna", s -> s.departure().recordPayment(cn, new PaymentRequest("CASH", balance, null)));
        }
        as("anna", s -> s.departure().issueInvoice(cn, InvoiceRequest.TO_THE_GUEST));
        as("anna", s -> s.departure().checkOut(cn));
    }

    private long guestOf(String cn) {
        return as("anna", s -> s.guests().profileOf(cn).id());
    }

    private List<Map<String, Object>> rows(String sql) {
        return db.inTransaction(em -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            em.unwrap(org.hibernate.Session.class).doWork(c -> rows.addAll(
                    org.innkeeper.infrastructure.history.SqlValues.rows(c, sql, List.of())));
            return rows;
        });
    }

    /** Each place in the erasable tables that still holds one of the guest's personal data. */
    private List<String> traces() {
        List<String> found = new ArrayList<>();
        for (String table : ERASABLE) {
            for (Map<String, Object> row : rows("select * from " + table)) {
                row.forEach((column, value) -> {
                    String text = value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
                    PERSONAL.stream().filter(text::contains).forEach(p -> found.add(table + "." + column + ": " + p));
                });
            }
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theExportHoldsEverythingAndErasureLeavesNoTraceButTheInvoicesAsIssued(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        String cn = book("Ada", "Lovelace", "ada@example.org", "+44 20 7946 0000", TODAY, 2);
        as("anna", s -> s.arrival().checkIn(cn, new CheckInRequest("101", "PASSPORT", "P7654321")));
        as("anna", s -> s.departure().postCharge(cn, new ChargeRequest("MINIBAR", "Two sodas", new BigDecimal("11.90"))));
        as("anna", s -> s.guestRequests().log(new GuestRequestForm(cn, "TOWELS", "Mrs Lovelace wants towels", null),
                RequestSource.DESK));
        as("anna", s -> s.complaints().register(new ComplaintRequest(cn, null, "Ada Lovelace", "ROOM", "HIGH", "PHONE",
                "Lovelace: the shower is cold")));
        long guest = guestOf(cn);

        GuestDataView export = as("boss", s -> s.guestData().export(guest));
        assertThat(export.exportedBy()).isEqualTo("boss");
        assertThat(export.records().get("guest")).singleElement().satisfies(g -> assertThat(g).containsEntry("email",
                "ada@example.org"));
        assertThat(export.records().get("reservation")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("confirmation_number", cn).containsEntry("document_number", "P7654321"));
        assertThat(export.records().get("posting")).extracting(p -> p.get("amount")).contains("11.90");
        assertThat(export.records().get("guest_request")).hasSize(1);
        assertThat(export.records().get("complaint")).hasSize(1);
        assertThat(export.records().get("outbox_message")).as("the booking's confirmation").isNotEmpty();
        assertThat(export.history()).extracting(h -> h.kind() + " " + h.action() + " " + h.actor())
                .contains("RESERVATION ADDED anna", "RESERVATION CHANGED anna", "POSTING ADDED anna");

        assertThatThrownBy(() -> as("boss", s -> s.guestData().erase(guest)))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("guest-current");
        assertThatThrownBy(() -> as("anna", s -> s.guestData().export(guest)))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("manager-only");
        assertThat(traces()).as("nothing erased yet").isNotEmpty();

        settleAndLeave(cn);
        db.inTransaction(em -> em.createNativeQuery("update survey set comment = 'Lovelace loved the view'")
                .executeUpdate()); // the guest's answer to the survey sent at check-out
        List<Map<String, Object>> invoices = rows("select * from invoice order by id");
        assertThat(invoices).hasSize(1);

        GuestErasureView erased = as("boss", s -> s.guestData().erase(guest));

        assertThat(erased.erasedBy()).isEqualTo("boss");
        assertThat(erased.reason()).isEqualTo("REQUEST");
        assertThat(erased.reservations()).isEqualTo(1);
        assertThat(traces()).isEmpty();
        assertThat(rows("select * from invoice order by id")).as("invoices stay exactly as issued").isEqualTo(invoices);
        assertThat(rows("select erased_by, reason from guest_erasure where guest_id = " + guest)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("erased_by", "boss").containsEntry("reason", "REQUEST"));
        GuestDataView after = as("boss", s -> s.guestData().export(guest));
        assertThat(after.records().get("guest").get(0)).containsEntry("first_name", "Erased").containsEntry("email", null);
        assertThat(after.records().get("posting")).extracting(p -> p.get("amount")).contains("11.90");
        List<org.innkeeper.application.dto.InvoiceView> issued = as("boss", s -> s.departure().invoices(cn));
        assertThat(issued).singleElement()
                .satisfies(i -> assertThat(i.number()).isEqualTo("INV-"
                        + String.format("%06d", ((Number) invoices.get(0).get("number")).longValue())));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theDailyRetentionRunErasesOnlyGuestsWhoseLastStayIsOlderThanTheHotelKeepsData(TestDatabase.Kind kind) {
        db = BillingHotel.open(kind, TODAY, 4);
        String old = book("Ada", "Lovelace", "ada@example.org", "+44 20 7946 0000", TODAY, 1);
        as("anna", s -> s.arrival().checkIn(old, new CheckInRequest("101", "PASSPORT", "P7654321")));
        as("anna", s -> s.departure().postCharge(old, new ChargeRequest("MINIBAR", "Water", new BigDecimal("3.50"))));
        settleAndLeave(old);
        String recent = book("Grace", "Hopper", "grace@example.org", null, TODAY.plusDays(5), 2);
        assertThat(as("boss", s -> s.guestData().retention()).days()).isEqualTo(3 * 365);
        as("boss", s -> s.guestData().keepGuestDataFor(30));
        Services.businessDay(db, TODAY.plusDays(35)); // the first stay ended 34 days ago, the second 28

        RetentionView run = db.inTransaction(em -> {
            Services s = Services.bind(em, clock, db).onTimerThread();
            s.actor.actAs(Actor.SYSTEM); // the timer: no request, the system acting
            return s.guestData().applyRetention();
        });

        assertThat(run.cutoff()).isEqualTo(TODAY.plusDays(5));
        assertThat(run.erased()).containsExactly(guestOf(old));
        assertThat(traces()).isEmpty();
        assertThat(as("boss", s -> s.guests().profileOf(recent)).lastName()).isEqualTo("Hopper");
        assertThat(rows("select erased_by, reason from guest_erasure")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("erased_by", "system").containsEntry("reason", "RETENTION"));
        assertThat(as("boss", s -> s.guestData().applyRetention()).erased()).as("erased once").isEmpty();
        assertThatThrownBy(() -> as("boss", s -> s.guestData().keepGuestDataFor(7)))
                .isInstanceOf(org.innkeeper.domain.shared.InvalidValueException.class);
    }
}
