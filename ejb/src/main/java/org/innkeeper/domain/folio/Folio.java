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

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "folio_window", joinColumns = @JoinColumn(name = "folio_id"))
    @OrderBy("number")
    private List<FolioWindow> windows = new ArrayList<>();

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "routing_rule", joinColumns = @JoinColumn(name = "folio_id"))
    @OrderBy("ruleNo")
    private List<RoutingRule> routes = new ArrayList<>();

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "fixed_charge", joinColumns = @JoinColumn(name = "folio_id"))
    @OrderBy("chargeNo")
    private List<FixedCharge> fixedCharges = new ArrayList<>();

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

    /**
     * Adds an article the stay takes every night from..to (inclusive; null: from arrival, to departure),
     * {@code quantity} of it at {@code unitPrice} (VAT included; null: the catalogue's price), frozen now.
     * One charge per article and night: the night audit posts each once.
     */
    public FixedCharge addFixedCharge(Article article, int quantity, Money unitPrice, LocalDate from, LocalDate to,
                                      Stamp stamp) {
        article.requireActive();
        if (article.systemArticle() || Article.BREAKFAST.equals(article.code()) && reservation.breakfastIncluded()) {
            throw new InvalidValueException("article", article.name() + " is posted with the night already");
        }
        if (quantity < 1 || quantity > 20) {
            throw new InvalidValueException("quantity", "a fixed charge takes 1 to 20 a night");
        }
        requireCurrency(unitPrice);
        if (unitPrice.amount().signum() < 0) {
            throw new InvalidValueException("unitPrice", "a price is not negative");
        }
        LocalDate arrival = reservation.stay().arrival();
        LocalDate lastNight = reservation.stay().departure().minusDays(1);
        if (from != null && (from.isBefore(arrival) || from.isAfter(lastNight))
                || to != null && (to.isBefore(arrival) || to.isAfter(lastNight))) {
            throw new InvalidValueException(from != null && (from.isBefore(arrival) || from.isAfter(lastNight)) ? "from" : "to",
                    "the nights of the stay are " + arrival + " to " + lastNight);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "the last night is before the first");
        }
        if (from != null && from.isBefore(stamp.businessDate())) {
            throw new InvalidValueException("from", "the nights before " + stamp.businessDate() + " are closed");
        }
        LocalDate first = from == null && arrival.isBefore(stamp.businessDate()) ? stamp.businessDate() : from;
        for (FixedCharge c : fixedCharges) {
            if (c.articleCode().equals(article.code()) && c.overlaps(first, to)) {
                throw new StateConflictException("fixed-charge-overlaps", article.name()
                        + " is taken on some of these nights already (charge " + c.chargeNo() + "): change its quantity instead");
            }
        }
        int number = fixedCharges.stream().mapToInt(FixedCharge::chargeNo).max().orElse(0) + 1;
        FixedCharge charge = new FixedCharge(number, article.code(), quantity, unitPrice.amount(), first, to, stamp);
        fixedCharges.add(charge);
        return charge;
    }

    /**
     * Ends a fixed charge from the business date on: the nights already posted stay, none is posted
     * after. A charge none of whose nights has been posted yet is removed.
     */
    public void endFixedCharge(int chargeNo, Stamp stamp) {
        FixedCharge charge = fixedCharges.stream().filter(c -> c.chargeNo() == chargeNo).findFirst()
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Fixed charge", String.valueOf(chargeNo)));
        LocalDate lastPosted = stamp.businessDate().minusDays(1);
        LocalDate first = charge.from() == null ? reservation.stay().arrival() : charge.from();
        if (lastPosted.isBefore(first)) {
            fixedCharges.remove(charge);
        } else if (charge.to() == null || charge.to().isAfter(lastPosted)) {
            charge.endAfter(lastPosted);
        }
    }

    /**
     * Posts the fixed charges taken on this night, each once (the key of this stay, night and article),
     * routed like any posting of its article. Returns what was posted.
     */
    public List<Posting> postFixedCharges(LocalDate night, java.util.function.Function<String, Article> catalogue,
                                          String roomNumber, Stamp stamp) {
        List<Posting> posted = new ArrayList<>();
        for (FixedCharge c : fixedCharges) {
            if (c.appliesOn(night)) {
                Article article = catalogue.apply(c.articleCode());
                Money gross = Money.of(c.unitPrice(), currency).times(c.quantity());
                postOnce(posted, article, article.name() + (c.quantity() > 1 ? " × " + c.quantity() : "")
                        + " · night of " + night, article.split(gross), stamp, night, roomNumber);
            }
        }
        return posted;
    }

    public List<FixedCharge> fixedCharges() {
        return Collections.unmodifiableList(fixedCharges);
    }

    private void postOnce(List<Posting> posted, Article article, String description, VatAmounts amounts,
                          Stamp stamp, LocalDate night, String roomNumber) {
        String key = nightKey(night, article.code());
        if (hasKey(key)) {
            return;
        }
        PostingType type = article.department() == Department.TAX ? PostingType.TAX
                : Article.ROOM.equals(article.code()) ? PostingType.ROOM : PostingType.CHARGE;
        Posting p = Posting.charge(type, article, description, amounts, stamp, night, roomNumber, key)
                .inWindow(windowFor(article.code(), night));
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
                stamp, null, null, key).inWindow(windowFor(article.code(), stamp.businessDate()));
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
                null, null).inWindow(windowFor(article.code(), stamp.businessDate()));
        postings.add(p);
        return p;
    }

    /**
     * Takes a payment. Cards are recorded by their last four digits only; a payment larger than
     * the balance is refused (refunds are a separate, deliberate act).
     */
    public Posting recordPayment(PaymentMethod method, Money amount, String cardLast4, Stamp stamp) {
        return recordPayment(method, amount, cardLast4, 1, stamp);
    }

    /** A payment towards one window: at most what that window owes. */
    public Posting recordPayment(PaymentMethod method, Money amount, String cardLast4, int window, Stamp stamp) {
        requirePositive(amount);
        requireCurrency(amount);
        requireWindow(window);
        String last4 = cardDigits(method, cardLast4);
        if (amount.isGreaterThan(balance(window))) {
            throw new StateConflictException("payment-exceeds-balance", "amount",
                    "the payment of " + amount + " is more than the balance of " + balance(window)
                            + (window == 1 ? "" : " of window " + window));
        }
        Posting p = Posting.payment(method, paymentText(method, last4, "payment"), amount, last4, null, stamp)
                .inWindow(window);
        postings.add(p);
        return p;
    }

    /**
     * A deposit or prepayment taken before arrival: a payment kept as a credit on the guest's window
     * and set against the stay as it is posted; at most what the stay costs ({@code stayTotal}) less
     * what was paid already.
     */
    public Posting takeDeposit(PaymentMethod method, Money amount, String cardLast4, Money stayTotal, Stamp stamp) {
        requirePositive(amount);
        requireCurrency(amount);
        String last4 = cardDigits(method, cardLast4);
        Money room = stayTotal.plus(charges()).minus(payments());
        if (amount.isGreaterThan(room)) {
            throw new StateConflictException("payment-exceeds-balance", "amount", "a deposit of " + amount
                    + " is more than the " + room + " the stay still costs");
        }
        Posting p = Posting.payment(method, paymentText(method, last4, "deposit"), amount, last4, null, stamp);
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
     * Compensation for a complaint, as a discount: a negative charge of the article (its department and
     * VAT: the room's is the hotel's, {@code vatPercent}), with the reason quoting the complaint's reference,
     * and the complaint it compensates. At most what the folio's charges come to.
     */
    public Posting compensate(Article article, Money gross, BigDecimal vatPercent, long complaintId, String reference,
                              String reason, Stamp stamp) {
        requirePositive(gross);
        requireCurrency(gross);
        String why = reason == null ? "" : FreeText.line("reason", reason).strip();
        if (why.isEmpty()) {
            throw new InvalidValueException("reason", "a compensation needs a reason");
        }
        if (gross.isGreaterThan(charges())) {
            throw new StateConflictException("compensation-exceeds-charges", "amount", "a compensation of " + gross
                    + " is more than the " + charges() + " charged");
        }
        Posting p = Posting.charge(PostingType.CHARGE, article, "Compensation " + reference + " · " + article.name(),
                (article.department() == Department.TAX ? VatAmounts.exempt(gross) : VatAmounts.fromGross(gross, vatPercent))
                        .negated(), stamp, null, null, null)
                .inWindow(windowFor(article.code(), stamp.businessDate()))
                .compensating(complaintId, reference + ": " + why);
        postings.add(p);
        return p;
    }

    /**
     * Compensation for a complaint, as a service given free: the charge reversed (the rules of
     * {@link #reverse}), with the reason quoting the complaint's reference, and the complaint it compensates.
     */
    public Posting giveFree(long postingId, long complaintId, String reference, String reason, boolean mayAdjust,
                            Stamp stamp) {
        String why = reason == null ? "" : FreeText.line("reason", reason).strip();
        if (why.isEmpty()) {
            throw new InvalidValueException("reason", "a compensation needs a reason");
        }
        Posting original = postings.stream().filter(p -> p.id() != null && p.id() == postingId).findFirst()
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Posting", String.valueOf(postingId)));
        if (original.isPayment()) {
            throw new InvalidValueException("postingId", "only a charge can be given free");
        }
        return reverse(postingId, reference + ": " + why, mayAdjust, stamp).compensating(complaintId, reference + ": " + why);
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

    /**
     * Opens a window for another payee (a company paying the room): numbered 2 to 8, in order.
     * Returns its number.
     */
    public int openWindow(String payeeName, String payeeAddress, String payeeVatId) {
        return openWindow(payeeName, payeeAddress, payeeVatId, null);
    }

    /** A window billed to a company: its balance can go to the company's city ledger account. */
    public int openWindow(String payeeName, String payeeAddress, String payeeVatId, Long companyId) {
        String name = payeeName == null ? "" : FreeText.line("payeeName", payeeName).strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidValueException("payeeName", "a window needs a payee of at most 200 characters");
        }
        if (windows.size() >= 7) {
            throw new StateConflictException("too-many-windows", "a folio has at most 8 windows");
        }
        int number = windows.size() + 2;
        windows.add(new FolioWindow(number, name,
                payeeAddress == null || payeeAddress.isBlank() ? null : FreeText.line("payeeAddress", payeeAddress).strip(),
                payeeVatId == null || payeeVatId.isBlank() ? null : payeeVatId.strip().toUpperCase(java.util.Locale.ROOT),
                companyId));
        return number;
    }

    /**
     * Routes an article to a window for the whole stay (no dates) or from..to: what is posted of it from
     * now on goes there. The last rule given for a date wins.
     */
    public void route(Article article, int window, LocalDate from, LocalDate to) {
        requireWindow(window);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "the last date is before the first");
        }
        routes.add(new RoutingRule(routes.size() + 1, article.code(), window, from, to));
    }

    /** The window an article posted for a date goes to: the last rule that applies, else the guest's. */
    public int windowFor(String articleCode, LocalDate date) {
        LocalDate d = date == null ? LocalDate.MIN : date;
        int window = 1;
        for (RoutingRule rule : routes) {
            if (rule.applies(articleCode, d)) {
                window = rule.window();
            }
        }
        return window;
    }

    /**
     * Moves a posting to another window of this folio: a reversal where it was and the same line in
     * the other window, both with the reason (the trace). Returns the new line.
     */
    public Posting transfer(long postingId, int toWindow, String reason, Stamp stamp) {
        requireWindow(toWindow);
        Posting original = transferable(postingId, reason);
        if (original.window() == toWindow) {
            throw new InvalidValueException("window", "the posting is in window " + toWindow + " already");
        }
        String why = reason.strip();
        postings.add(original.reversal("to window " + toWindow + ": " + why, stamp));
        Posting moved = original.copy(toWindow, "from window " + original.window() + ", posting " + postingId + ": " + why,
                stamp);
        postings.add(moved);
        return moved;
    }

    /**
     * The first half of a transfer to another stay (a guest paying for a friend's room): the posting is
     * reversed here; {@link #receive} posts it on the other folio.
     */
    public Posting transferOut(long postingId, String toStay, String reason, Stamp stamp) {
        Posting original = transferable(postingId, reason);
        postings.add(original.reversal("to stay " + toStay + ": " + reason.strip(), stamp));
        return original;
    }

    /** The second half of a transfer from another stay: the same line, in the guest's window. */
    public Posting receive(Posting original, String fromStay, String reason, Stamp stamp) {
        requireCurrency(original.amount());
        Posting received = original.copy(windowFor(original.articleCode(), original.night()),
                "from stay " + fromStay + ", posting " + original.id() + ": " + reason.strip(), stamp);
        postings.add(received);
        return received;
    }

    private Posting transferable(long postingId, String reason) {
        Posting original = postings.stream().filter(p -> p.id() != null && p.id() == postingId).findFirst()
                .orElseThrow(() -> new org.innkeeper.domain.shared.NotFoundException("Posting", String.valueOf(postingId)));
        if (reason == null || FreeText.line("reason", reason).isBlank()) {
            throw new InvalidValueException("reason", "a transfer needs a reason");
        }
        if (original.isPayment() || original.reversesId() != null
                || postings.stream().anyMatch(p -> Long.valueOf(postingId).equals(p.reversesId()))) {
            throw new StateConflictException("not-transferable", "only a charge that is not corrected can be transferred");
        }
        return original;
    }

    private void requireWindow(int window) {
        if (window != 1 && windows.stream().noneMatch(w -> w.number() == window)) {
            throw new InvalidValueException("window", "this folio has no window " + window);
        }
    }

    /**
     * Moves what a company's window owes to the company's account: a DIRECT_BILL payment of the
     * window's balance. Returns the company and the amount; the caller bills them on the city ledger.
     */
    public Posting directBill(int window, Stamp stamp) {
        FolioWindow w = windows.stream().filter(x -> x.number() == window).findFirst()
                .orElseThrow(() -> new InvalidValueException("window", "this folio has no window " + window));
        if (w.companyId() == null) {
            throw new StateConflictException("not-a-company-window", "window " + window + " is not billed to a company");
        }
        Money owed = balance(window);
        if (!owed.isPositive()) {
            throw new StateConflictException("nothing-to-bill", "window " + window + " owes nothing");
        }
        Posting p = Posting.payment(PaymentMethod.DIRECT_BILL, "Direct bill · " + w.payeeName(), owed, null, null, stamp)
                .inWindow(window);
        postings.add(p);
        return p;
    }

    /** The company a window is billed to, or null. */
    public Long companyOf(int window) {
        return windows.stream().filter(x -> x.number() == window).map(FolioWindow::companyId).findFirst().orElse(null);
    }

    /** What a window still owes: its charges less its payments. */
    public Money balance(int window) {
        return postings.stream().filter(p -> p.window() == window).map(Posting::signedAmount)
                .reduce(Money.zero(currency), Money::plus);
    }

    /** Windows 1 (the guest's) and those opened since, with their balances. */
    public List<Integer> windowNumbers() {
        List<Integer> numbers = new ArrayList<>();
        numbers.add(1);
        windows.forEach(w -> numbers.add(w.number()));
        return numbers;
    }

    public List<FolioWindow> windows() {
        return Collections.unmodifiableList(windows);
    }

    public List<RoutingRule> routes() {
        return Collections.unmodifiableList(routes);
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
