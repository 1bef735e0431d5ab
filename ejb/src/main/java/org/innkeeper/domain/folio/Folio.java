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
import java.math.BigDecimal;
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

    /** The articles a night is posted with. */
    public record NightArticles(Article room, Article cityTax, Article breakfast) {
    }

    /**
     * Posts one night of the stay at the price frozen on the reservation: the room with its VAT (the
     * breakfast the plan includes split out to its own department, at its own VAT), and the city
     * tax. Each line has the key of this stay, night and article, so a night is posted once; a night
     * already posted is left alone. Returns what was posted.
     */
    public List<Posting> postNight(NightlyRate rate, NightArticles articles, String roomNumber, int adults,
                                   boolean breakfastIncluded, BigDecimal roomVatPercent, Stamp stamp) {
        StayQuote.NightQuote night = rate.toQuote();
        requireCurrency(night.net());
        List<Posting> posted = new ArrayList<>();
        String room = roomNumber == null ? "" : "Room " + roomNumber + " · ";
        VatAmounts roomAmounts = VatAmounts.of(night.net(), night.vat(), roomVatPercent);
        Article breakfast = articles.breakfast();
        if (breakfastIncluded && breakfast != null && breakfast.price() != null && breakfast.price().signum() > 0) {
            Money wanted = Money.of(breakfast.price(), currency).times(Math.max(1, adults));
            Money breakfastGross = wanted.isGreaterThan(roomAmounts.gross()) ? roomAmounts.gross() : wanted;
            roomAmounts = VatAmounts.fromGross(roomAmounts.gross().minus(breakfastGross), roomVatPercent);
            postOnce(posted, breakfast, "Breakfast included · " + night.night(), breakfast.split(breakfastGross),
                    stamp, night.night(), roomNumber);
        }
        postOnce(posted, articles.room(), room + "night of " + night.night(), roomAmounts, stamp, night.night(),
                roomNumber);
        if (night.cityTax().isPositive()) {
            postOnce(posted, articles.cityTax(), "City tax · night of " + night.night(),
                    VatAmounts.exempt(night.cityTax()), stamp, night.night(), roomNumber);
        }
        return posted;
    }

    private void postOnce(List<Posting> posted, Article article, String description, VatAmounts amounts,
                          Stamp stamp, LocalDate night, String roomNumber) {
        String key = nightKey(night, article.code());
        if (hasKey(key)) {
            return;
        }
        PostingType type = article.department() == Department.TAX ? PostingType.TAX
                : Article.ROOM.equals(article.code()) ? PostingType.ROOM : PostingType.CHARGE;
        Posting p = Posting.charge(type, article, description, amounts, stamp, night, roomNumber, key);
        postings.add(p);
        posted.add(p);
    }

    /** The key of what the audit posts for this stay, night and article. */
    public String nightKey(LocalDate night, String articleCode) {
        return "N:" + reservation.id() + ":" + night + ":" + articleCode;
    }

    /** Whether the night's room was posted already. */
    public boolean nightPosted(LocalDate night) {
        return hasKey(nightKey(night, Article.ROOM));
    }

    private boolean hasKey(String key) {
        return postings.stream().anyMatch(p -> key.equals(p.postingKey()));
    }

    /**
     * Posts a fee (no-show, cancellation) once, at the VAT rate of what it stands for (the room):
     * its key names the stay and what it is for.
     * Returns the posting, or null when it was posted already.
     */
    public Posting postFee(Article article, String description, Money gross, BigDecimal vatPercent, Stamp stamp) {
        requirePositive(gross);
        requireCurrency(gross);
        String key = article.code() + ":" + reservation.id();
        if (hasKey(key)) {
            return null;
        }
        Posting p = Posting.charge(PostingType.CHARGE, article, description, VatAmounts.fromGross(gross, vatPercent),
                stamp, null, null, key);
        postings.add(p);
        return p;
    }

    /** A charge of an article from the catalogue, VAT included in the amount. */
    public Posting postCharge(Article article, String description, Money gross, Stamp stamp) {
        article.requireActive();
        requirePositive(gross);
        requireCurrency(gross);
        String text = description == null || description.isBlank() ? article.name()
                : FreeText.line("description", description).strip();
        if (text.length() > 120) {
            throw new InvalidValueException("description", "a description has at most 120 characters");
        }
        Posting p = Posting.charge(PostingType.CHARGE, article, text, article.split(gross), stamp, null,
                null, null);
        postings.add(p);
        return p;
    }

    /**
     * Takes a payment. Cards are recorded by their last four digits only; a payment larger than
     * the balance is refused (refunds are a separate, deliberate act).
     */
    public Posting recordPayment(PaymentMethod method, Money amount, String cardLast4, Stamp stamp) {
        requirePositive(amount);
        requireCurrency(amount);
        String last4 = cardDigits(method, cardLast4);
        if (amount.isGreaterThan(balance())) {
            throw new StateConflictException("payment-exceeds-balance", "amount",
                    "the payment of " + amount + " is more than the balance of " + balance());
        }
        Posting p = Posting.payment(method, paymentText(method, last4, "payment"), amount, last4, null, stamp);
        postings.add(p);
        return p;
    }

    /** Gives money back: a negative payment, with its reason, at most what was paid. */
    public Posting refund(PaymentMethod method, Money amount, String cardLast4, String reason, Stamp stamp) {
        requirePositive(amount);
        requireCurrency(amount);
        String why = reason == null ? "" : FreeText.line("reason", reason).strip();
        if (why.isEmpty()) {
            throw new InvalidValueException("reason", "a refund needs a reason");
        }
        String last4 = cardDigits(method, cardLast4);
        if (amount.isGreaterThan(payments())) {
            throw new StateConflictException("refund-exceeds-payments", "amount",
                    "the refund of " + amount + " is more than the " + payments() + " paid");
        }
        Posting p = Posting.payment(method, paymentText(method, last4, "refund"), amount.negated(), last4, why,
                stamp);
        postings.add(p);
        return p;
    }

    private static String cardDigits(PaymentMethod method, String cardLast4) {
        if (method != PaymentMethod.CARD) {
            return null;
        }
        if (cardLast4 == null || !cardLast4.matches("\\d{4}")) {
            throw new InvalidValueException("cardLast4", "a card payment needs the card's last four digits");
        }
        return cardLast4;
    }

    private static String paymentText(PaymentMethod method, String last4, String what) {
        return method.label() + " " + what + (last4 == null ? "" : " ···· " + last4);
    }

    /**
     * Reverses one posting with a reason: a same-day void by any clerk, an adjustment of an earlier
     * business date only by a manager ({@code mayAdjust}). A posting is reversed once; a reversal
     * is not reversed.
     */
    public Posting reverse(long postingId, String reason, boolean mayAdjust, Stamp stamp) {
        Posting original = postings.stream().filter(p -> p.id() != null && p.id() == postingId).findFirst()
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Posting",
                        String.valueOf(postingId)));
        String why = reason == null ? "" : FreeText.line("reason", reason).strip();
        if (why.isEmpty()) {
            throw new InvalidValueException("reason", "a correction needs a reason");
        }
        if (original.reversesId() != null) {
            throw new StateConflictException("reversal-not-reversed", "posting " + postingId
                    + " is itself a correction; post the charge anew instead");
        }
        if (postings.stream().anyMatch(p -> Long.valueOf(postingId).equals(p.reversesId()))) {
            throw new StateConflictException("already-reversed", "posting " + postingId + " was reversed already");
        }
        if (!original.businessDate().equals(stamp.businessDate()) && !mayAdjust) {
            throw new StateConflictException("adjustment-needs-manager", "posting " + postingId + " was posted on "
                    + original.businessDate() + ", before the night audit: only a manager can adjust it");
        }
        Posting r = original.reversal(why, stamp);
        postings.add(r);
        return r;
    }

    /**
     * A check-in undone: what the check-in posted (an early check-in fee) is reversed; refused once
     * anything else is on the folio.
     */
    public void undoCheckIn(String reason, Stamp stamp) {
        List<Posting> open = open();
        if (open.stream().anyMatch(p -> !Article.EARLY_CHECKIN.equals(p.articleCode()))) {
            throw new StateConflictException("folio-not-empty", "the folio has charges or payments: settle or"
                    + " correct them before undoing the check-in");
        }
        for (Posting p : open) {
            postings.add(p.reversal(reason, stamp));
        }
    }

    /** Postings neither reversed nor reversals. */
    public List<Posting> open() {
        java.util.Set<Long> reversed = new java.util.HashSet<>();
        postings.stream().filter(p -> p.reversesId() != null).forEach(p -> reversed.add(p.reversesId()));
        return postings.stream().filter(p -> p.reversesId() == null && !reversed.contains(p.id())).toList();
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

    public Reservation reservation() {
        return reservation;
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
