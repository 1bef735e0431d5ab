package org.innkeeper.domain.folio;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.reservation.NightlyRate;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * The guest's account: postings of room nights, charges and payments. Its balance is what the
 * guest still owes. Versioned, so two clerks posting at once cannot lose a posting.
 */
@Entity
@Table(name = "folio")
public class Folio {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "folio_seq")
    @SequenceGenerator(name = "folio_seq", sequenceName = "folio_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reservation_id", unique = true)
    private Reservation reservation;

    @Column(nullable = false, length = 3)
    private String currency;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "folio_id", nullable = false)
    @OrderBy("id")
    private List<Posting> postings = new ArrayList<>();

    @Version
    private long version;

    protected Folio() {
    }

    public Folio(Reservation reservation, String currency) {
        this.reservation = reservation;
        this.currency = currency;
    }

    /**
     * Posts each night of the stay at the price frozen on the reservation: the room with its VAT,
     * and the city tax as a tax line of its own where there is one.
     */
    public void postRoomNights(Reservation stay, LocalDate businessDate, Instant at) {
        postNights(stay, stay.stay().arrival(), businessDate, at);
    }

    /** Posts the nights of the stay from {@code from} on (the nights an extension added). */
    public void postNights(Reservation stay, LocalDate from, LocalDate businessDate, Instant at) {
        String roomNumber = stay.room() == null ? null : stay.room().number();
        String room = roomNumber == null ? "" : "Room " + roomNumber + " · ";
        for (NightlyRate rate : stay.nights()) {
            if (rate.night().isBefore(from)) {
                continue;
            }
            StayQuote.NightQuote night = rate.toQuote();
            requireCurrency(night.gross());
            postings.add(new Posting(PostingType.ROOM, "ROOM", room + "night of " + night.night(),
                    night.gross(), businessDate, at, null, night.night(), roomNumber));
            if (night.cityTax().isPositive()) {
                postings.add(new Posting(PostingType.TAX, "CITY_TAX", "City tax · night of " + night.night(),
                        night.cityTax(), businessDate, at, null, night.night(), roomNumber));
            }
        }
    }

    public Posting postCharge(ChargeCategory category, String description, Money amount,
                              LocalDate businessDate, Instant at) {
        requirePositive(amount);
        requireCurrency(amount);
        if (description == null || description.isBlank()) {
            throw new InvalidValueException("description", "a charge needs a description");
        }
        String text = FreeText.line("description", description).trim();
        Posting p = new Posting(PostingType.CHARGE, category.name(), text, amount, businessDate, at, null);
        postings.add(p);
        return p;
    }

    /**
     * Takes a payment. Cards are recorded by their last four digits only; a payment larger than
     * the balance is refused (refunds are a separate, deliberate act).
     */
    public Posting recordPayment(PaymentMethod method, Money amount, String cardLast4,
                                 LocalDate businessDate, Instant at) {
        requirePositive(amount);
        requireCurrency(amount);
        String last4 = null;
        if (method == PaymentMethod.CARD) {
            if (cardLast4 == null || !cardLast4.matches("\\d{4}")) {
                throw new InvalidValueException("cardLast4", "a card payment needs the card's last four digits");
            }
            last4 = cardLast4;
        }
        if (amount.isGreaterThan(balance())) {
            throw new StateConflictException("payment-exceeds-balance", "amount",
                    "the payment of " + amount + " is more than the balance of " + balance());
        }
        String description = method == PaymentMethod.CARD ? "Card payment ···· " + last4 : "Cash payment";
        Posting p = new Posting(PostingType.PAYMENT, method.name(), description, amount, businessDate, at, last4);
        postings.add(p);
        return p;
    }

    /**
     * Reverses the room nights and their city tax from the night {@code from} on (nights given up
     * by an early departure, or a check-in undone): each posting gets its reversal, nothing is
     * edited or deleted.
     */
    public void reverseNightsFrom(LocalDate from, String reason, LocalDate businessDate, Instant at) {
        java.util.Set<Long> reversed = new java.util.HashSet<>();
        postings.stream().filter(p -> p.reversesId() != null).forEach(p -> reversed.add(p.reversesId()));
        List<Posting> reversals = new ArrayList<>();
        for (Posting p : postings) {
            if ((p.type() == PostingType.ROOM || p.type() == PostingType.TAX) && p.reversesId() == null
                    && p.night() != null && !p.night().isBefore(from) && !reversed.contains(p.id())) {
                reversals.add(p.reversal(reason, businessDate, at));
            }
        }
        postings.addAll(reversals);
    }

    /** A check-in undone: only while nothing but the room (and its tax) is on the folio. */
    public void reverseRoomNights(String reason, LocalDate businessDate, Instant at) {
        if (postings.stream().anyMatch(p -> p.type() != PostingType.ROOM && p.type() != PostingType.TAX)) {
            throw new StateConflictException("folio-not-empty", "the folio has charges or payments besides the"
                    + " room: settle or correct them before undoing the check-in");
        }
        reverseNightsFrom(LocalDate.MIN, reason, businessDate, at);
    }

    public Money charges() {
        return sum(false);
    }

    public Money payments() {
        return sum(true);
    }

    public Money balance() {
        return charges().minus(payments());
    }

    private Money sum(boolean paymentsOnly) {
        return postings.stream()
                .filter(p -> (p.type() == PostingType.PAYMENT) == paymentsOnly)
                .map(Posting::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", "the amount must be more than zero");
        }
    }

    private void requireCurrency(Money amount) {
        if (!currency.equals(amount.currency())) {
            throw new InvalidValueException("amount", "this folio is kept in " + currency + ", not " + amount.currency());
        }
    }

    public Long id() {
        return id;
    }

    public String currency() {
        return currency;
    }

    public List<Posting> postings() {
        return Collections.unmodifiableList(postings);
    }
}
