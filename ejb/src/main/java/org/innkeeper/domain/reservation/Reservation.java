package org.innkeeper.domain.reservation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.rate.GuaranteeType;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

/**
 * A reservation: the aggregate root of the guest cycle from booking to check-out. Its state
 * transitions are enforced here and nowhere else.
 */
@Entity
@Table(name = "reservation")
@Audited // the audit trail (revision, reservation_aud)
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reservation_seq")
    @SequenceGenerator(name = "reservation_seq", sequenceName = "reservation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "confirmation_number", nullable = false, unique = true, length = 12)
    private ConfirmationNumber confirmationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReservationStatus status;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_type_id")
    private RoomType roomType;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rate_plan_id")
    private RatePlan ratePlan;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guest_id")
    private Guest guest;

    /** The guest as the booker gave them (the profile above may know more, or be another's merge). */
    @Embedded
    private GuestAsBooked guestAsBooked;

    @Embedded
    private StayPeriod stay;

    @Column(nullable = false)
    private int adults;

    @Column(nullable = false)
    private int children;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "reservation_night", joinColumns = @JoinColumn(name = "reservation_id"))
    @OrderBy("night")
    private List<NightlyRate> nights = new ArrayList<>();

    /** Room revenue of the stay net of VAT. */
    @Column(name = "room_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal roomAmount;

    @Column(name = "vat_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal vatAmount;

    @Column(name = "city_tax_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal cityTaxAmount;

    /** What the guest pays for the stay: room, VAT and city tax. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))})
    private Money total;

    @Column(name = "breakfast_included", nullable = false)
    private boolean breakfastIncluded;

    /** Used by the hotel itself: its nights are posted at zero and count as house use, not as rooms sold. */
    @Column(name = "house_use", nullable = false)
    private boolean houseUse;

    /** The rate plan's policies as they were when the guest booked. */
    @Embedded
    private RatePolicies policies;

    @Column(name = "guarantee_card_last4", length = 4)
    private String guaranteeCardLast4;

    @Column(name = "option_expires_at")
    private Instant optionExpiresAt;

    /** Shared by the rooms of one multi-room booking; null for a single room. */
    @Column(name = "booking_reference", length = 12)
    private String bookingReference;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(length = 60)
    private String source;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Embedded
    private IdentityDocument identityDocument;

    /** The cancellation or no-show fee charged, from the policies frozen at booking. */
    @Column(name = "cancellation_fee_amount", precision = 14, scale = 2)
    private BigDecimal feeCharged;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** The room type booked, when the guest was given another (an upgrade); null otherwise. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booked_room_type_id")
    private RoomType bookedRoomType;

    /** Expected time of arrival, as the guest told us. */
    @Column(name = "eta")
    private LocalTime eta;

    /** Since when the guest is waiting at the desk for a room to be ready; null if not waiting. */
    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(length = 2)
    private String nationality;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "keys_issued", nullable = false)
    private int keysIssued;

    /** The deposit taken or the card pre-authorised at check-in. */
    @Column(name = "deposit_amount", precision = 14, scale = 2)
    private BigDecimal depositAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "deposit_kind", length = 20)
    private DepositKind depositKind;

    @Column(name = "early_check_in", nullable = false)
    private boolean earlyCheckIn;

    @Column(name = "checked_in_on")
    private LocalDate checkedInOn;

    @Column(name = "checked_in_by", length = 40)
    private String checkedInBy;

    @Column(name = "checked_out_by", length = 40)
    private String checkedOutBy;

    @Column(name = "assigned_by", length = 40)
    private String assignedBy;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "reservation_id", nullable = false)
    @OrderBy("position")
    private List<Companion> companions = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "reservation_id", nullable = false)
    @OrderBy("at")
    private List<StayEvent> history = new ArrayList<>();

    @Version
    private long version;

    /**
     * Where the last committed change stands in the channels' change feed: null from the moment the
     * reservation changes until the feed numbers it after commit ({@code ReservationRepository.stampChanges}).
     */
    @NotAudited // the feed's bookkeeping, not a change to the reservation
    @Column(name = "change_seq")
    private Long changeSequence;

    /** Every change leaves the feed's number behind: the feed numbers it again once it is committed. */
    @PrePersist
    @PreUpdate
    void changed() {
        changeSequence = null;
    }

    /** How money was secured at check-in: a deposit taken, or an amount pre-authorised on a card. */
    public enum DepositKind {
        DEPOSIT, PRE_AUTHORISATION
    }

    /** Why a reservation ended before the guest came. */
    public enum EndReason {
        CANCELLED_BY_GUEST, OPTION_EXPIRED, NO_SHOW
    }

    protected Reservation() {
    }

    /**
     * A new booking at the given quote (frozen from now on) under the plan's current policies. With
     * {@code optionUntil} it is an option, holding its rooms until then; otherwise it is confirmed,
     * or guaranteed when a card is given, and a plan that asks for a card or deposit requires one.
     * The caller takes the rooms from inventory in the same transaction.
     */
    public static Reservation book(ConfirmationNumber number, Guest guest, RoomType roomType, RatePlan ratePlan,
                                   StayPeriod stay, Party party, StayQuote quote, Terms terms,
                                   String channel, String source, Instant at) {
        Reservation r = request(number, guest, roomType, ratePlan, stay, party, quote, channel, source, at);
        if (terms.optionUntil() != null) {
            r.holdAsOption(terms.optionUntil(), terms.optionMaxHold(), at);
        } else {
            r.status = r.guaranteeStatus(terms.cardLast4());
        }
        return r;
    }

    /** A request put on the waitlist: it holds no room until one frees up and is offered. */
    public static Reservation waitlist(ConfirmationNumber number, Guest guest, RoomType roomType, RatePlan ratePlan,
                                       StayPeriod stay, Party party, StayQuote quote, String channel, String source,
                                       Instant at) {
        Reservation r = request(number, guest, roomType, ratePlan, stay, party, quote, channel, source, at);
        r.status = ReservationStatus.WAITLISTED;
        return r;
    }

    /** A confirmed booking at plain nightly prices without taxes (history, tests). */
    public static Reservation confirm(ConfirmationNumber number, Guest guest, RoomType roomType,
                                      RatePlan ratePlan, StayPeriod stay, int adults,
                                      Map<LocalDate, Money> nightlyPrices, String channel,
                                      String source, Instant at) {
        Party party = new Party(adults, 0);
        StayQuote quote = StayQuote.of(stay, nightlyPrices, org.innkeeper.domain.hotel.TaxPolicy.none(), party.people());
        return book(number, guest, roomType, ratePlan, stay, party, quote, Terms.NONE, channel, source, at);
    }

    private static Reservation request(ConfirmationNumber number, Guest guest, RoomType roomType, RatePlan ratePlan,
                                       StayPeriod stay, Party party, StayQuote quote, String channel, String source,
                                       Instant at) {
        if (channel == null || channel.isBlank()) {
            throw new InvalidValueException("channel", "every reservation records its channel");
        }
        Reservation r = new Reservation();
        r.confirmationNumber = number;
        r.guest = guest;
        r.guestAsBooked = GuestAsBooked.of(guest);
        r.channel = channel;
        r.source = source == null || source.isBlank() ? null : FreeText.line("source", source).trim();
        r.createdAt = at;
        r.applyStay(roomType, ratePlan, stay, party, quote);
        r.modifiedAt = at;
        return r;
    }

    /** How a booking is held: as an option until a moment, and/or guaranteed by a card. */
    public record Terms(Instant optionUntil, String cardLast4, java.time.Duration optionMaxHold) {
        public static final Terms NONE = new Terms(null, null);

        public Terms {
            if (cardLast4 != null && !cardLast4.matches("\\d{4}")) {
                throw new InvalidValueException("cardLast4", "a card is given by its last four digits only");
            }
            if (optionMaxHold == null) {
                optionMaxHold = java.time.Duration.ofDays(DEFAULT_OPTION_DAYS);
            }
        }

        /** Terms under the default longest option hold; the services pass the hotel's own. */
        public Terms(Instant optionUntil, String cardLast4) {
            this(optionUntil, cardLast4, null);
        }
    }

    private void applyStay(RoomType newType, RatePlan plan, StayPeriod newStay, Party party, StayQuote quote) {
        if (!newType.sleeps(party)) {
            throw new InvalidValueException(party.children() > 0 ? "children" : "adults", newType.name()
                    + " sleeps at most " + newType.maxOccupancy() + " people, not " + party.people());
        }
        if (quote.nights().size() != newStay.nights()
                || !quote.nights().get(0).night().equals(newStay.arrival())) {
            throw new IllegalArgumentException("the quote does not price the stay " + newStay);
        }
        roomType = newType;
        ratePlan = plan;
        stay = newStay;
        adults = party.adults();
        children = party.children();
        nights.clear();
        quote.nights().forEach(n -> nights.add(new NightlyRate(n)));
        roomAmount = quote.roomNet().amount();
        vatAmount = quote.vat().amount();
        cityTaxAmount = quote.cityTax().amount();
        total = quote.total();
        breakfastIncluded = plan.breakfastIncluded();
        policies = plan.policies();
    }

    private ReservationStatus guaranteeStatus(String cardLast4) {
        if (cardLast4 != null) {
            guaranteeCardLast4 = cardLast4;
            return ReservationStatus.GUARANTEED;
        }
        if (policies.guarantee() != GuaranteeType.NONE) {
            throw new InvalidValueException("cardLast4", "rate " + ratePlan.code() + " needs a card guarantee"
                    + (policies.guarantee() == GuaranteeType.DEPOSIT ? " for its deposit" : "")
                    + ": give the card's last four digits");
        }
        return ReservationStatus.CONFIRMED;
    }

    private void holdAsOption(Instant until, java.time.Duration maxHold, Instant at) {
        if (!until.isAfter(at)) {
            throw new InvalidValueException("optionUntil", "an option must expire in the future");
        }
        if (maxHold != null && until.isAfter(at.plus(maxHold))) {
            throw new InvalidValueException("optionUntil", "an option holds rooms for at most " + maxHold.toDays()
                    + " days");
        }
        status = ReservationStatus.OPTION;
        optionExpiresAt = until;
    }

    /** The longest an option may hold rooms unless the hotel sets otherwise ({@code HotelSettings}). */
    public static final int DEFAULT_OPTION_DAYS = 14; // as HotelSettings.defaults()

    /** The guest takes up the option: confirmed, or guaranteed with a card (required if the plan asks). */
    public void confirmOption(String cardLast4, Instant at) {
        requireStatus(ReservationStatus.OPTION, "confirm the option of");
        if (cardLast4 != null && !cardLast4.matches("\\d{4}")) {
            throw new InvalidValueException("cardLast4", "a card is given by its last four digits only");
        }
        status = guaranteeStatus(cardLast4);
        optionExpiresAt = null;
        modifiedAt = at;
    }

    /** A card guarantees a confirmed booking. */
    public void guarantee(String cardLast4, Instant at) {
        requireStatus(ReservationStatus.CONFIRMED, "guarantee");
        if (cardLast4 == null || !cardLast4.matches("\\d{4}")) {
            throw new InvalidValueException("cardLast4", "a card is given by its last four digits only");
        }
        guaranteeCardLast4 = cardLast4;
        status = ReservationStatus.GUARANTEED;
        modifiedAt = at;
    }

    /** Whether the option has lapsed at {@code at}. */
    public boolean optionExpired(Instant at) {
        return status == ReservationStatus.OPTION && !at.isBefore(optionExpiresAt);
    }

    /** The option lapsed: cancelled without a fee; the caller gives its rooms back. */
    public void expireOption(Instant at) {
        if (!optionExpired(at)) {
            throw new StateConflictException("invalid-state", "the option of " + confirmationNumber + " has not expired");
        }
        status = ReservationStatus.CANCELLED;
        endReason = EndReason.OPTION_EXPIRED;
        room = null;
        feeCharged = BigDecimal.ZERO;
        cancelledAt = at;
        modifiedAt = at;
    }

    /**
     * A waitlisted request is offered a room that freed up: it becomes an option at the quote of
     * today (the caller has taken the room from inventory), so the guest can take it up in time.
     */
    public void offerFromWaitlist(StayQuote quote, Instant optionUntil, Instant at) {
        requireStatus(ReservationStatus.WAITLISTED, "offer a room to");
        applyStay(roomType, ratePlan, stay, new Party(adults, children), quote);
        // the hold was chosen by the hotel's waitlist setting, not by a guest: no longest-option check
        holdAsOption(optionUntil, null, at);
        modifiedAt = at;
    }

    /** The fee cancelling would cost at {@code at}, under the policies frozen at booking. */
    public Money cancellationFee(Instant at, Instant arrivalMoment) {
        if (status == ReservationStatus.OPTION || status == ReservationStatus.WAITLISTED) {
            return Money.zero(total.currency());
        }
        return policies.cancellationFee(at, arrivalMoment, frozenQuote());
    }

    /**
     * Cancels up to the arrival date, with the fee the frozen policies give; the caller gives the
     * rooms back if it held any. Once the arrival date has passed, a guest who did not come is a
     * no-show, not a cancellation.
     */
    public Money cancel(LocalDate businessDate, Instant at, Instant arrivalMoment) {
        if (!status.isUpcoming() && status != ReservationStatus.WAITLISTED) {
            requireStatus(ReservationStatus.CONFIRMED, "cancel");
        }
        if (businessDate.isAfter(stay.arrival())) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber
                    + " arrived on " + stay.arrival() + "; it can no longer be cancelled");
        }
        Money fee = cancellationFee(at, arrivalMoment);
        status = ReservationStatus.CANCELLED;
        endReason = EndReason.CANCELLED_BY_GUEST;
        room = null;
        feeCharged = fee.amount();
        optionExpiresAt = null;
        cancelledAt = at;
        modifiedAt = at;
        return fee;
    }

    /**
     * New dates, room type or party, re-priced at today's prices and terms of the same rate plan
     * (the caller has checked restrictions and moved the rooms in inventory, atomically). Only
     * before arrival, and only what has not arrived yet.
     */
    public void modify(RoomType newType, StayPeriod newStay, Party party, StayQuote quote, LocalDate businessDate,
                       Instant at) {
        requireModifiable(businessDate);
        applyStay(newType, ratePlan, newStay, party, quote);
        if (status == ReservationStatus.CONFIRMED && policies.guarantee() != GuaranteeType.NONE) {
            // the new terms ask for a guarantee the booking does not have yet
            status = guaranteeStatus(guaranteeCardLast4);
        }
        modifiedAt = at;
    }

    /** Refuses, with the reason, a modification on this business date. */
    public void requireModifiable(LocalDate businessDate) {
        if (!status.isUpcoming() && status != ReservationStatus.WAITLISTED) {
            requireStatus(ReservationStatus.CONFIRMED, "modify");
        }
        if (businessDate.isAfter(stay.arrival())) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber
                    + " arrived on " + stay.arrival() + "; it can no longer be modified");
        }
    }

    /** The price as frozen, night by night. */
    public StayQuote frozenQuote() {
        return new StayQuote(nights.stream().map(NightlyRate::toQuote).toList());
    }

    /** What the frozen policies ask as a deposit. */
    public Money depositDue() {
        return policies.deposit(frozenQuote());
    }

    /**
     * Gives the reservation a room ahead of arrival (or at check-in): only while it is to arrive,
     * only a room that sleeps the party. A room of another type is an upgrade (or a change of type):
     * the clerk chooses to keep the booked rate ({@code newQuote} null) or to charge the new type's
     * price ({@code newQuote} for the whole stay). The caller has locked the room's nights in the
     * database and moved inventory between the types.
     */
    public void assignRoom(Room assigned, StayQuote newQuote, LocalDate businessDate, String by, Instant at) {
        if (!status.isUpcoming()) {
            requireStatus(ReservationStatus.CONFIRMED, "assign a room to");
        }
        if (!businessDate.isBefore(stay.departure())) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber + " departed on "
                    + stay.departure());
        }
        if (room != null && room.id() != null && room.id().equals(assigned.id())) {
            throw new InvalidValueException("roomNumber", "room " + assigned.number() + " is already "
                    + confirmationNumber + "'s room");
        }
        changeType(assigned, newQuote, businessDate, by, at);
        room = assigned;
        assignedBy = by;
        record(StayEvent.Kind.ASSIGNED, businessDate, at, by, "room " + assigned.number());
        modifiedAt = at;
    }

    /** Whether giving this room changes the room type (an upgrade or another type). */
    public boolean changesType(Room other) {
        return !other.roomType().code().equals(roomType.code());
    }

    private void changeType(Room assigned, StayQuote newQuote, LocalDate businessDate, String by, Instant at) {
        if (!changesType(assigned)) {
            if (newQuote != null) {
                throw new InvalidValueException("rate", "room " + assigned.number() + " is of the booked type "
                        + roomType.code() + ": there is nothing to re-price");
            }
            return;
        }
        if (!assigned.roomType().sleeps(party())) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "room " + assigned.number()
                    + " (" + assigned.roomType().code() + ") sleeps at most " + assigned.roomType().maxOccupancy()
                    + " people, not " + party().people());
        }
        String from = roomType.code();
        if (bookedRoomType == null) {
            bookedRoomType = roomType;
        }
        roomType = assigned.roomType();
        if (newQuote != null) {
            replaceNightsFrom(newQuote.nights().get(0).night(), newQuote.nights());
        }
        record(StayEvent.Kind.UPGRADED, businessDate, at, by, from + " → " + roomType.code()
                + (newQuote == null ? ", booked rate kept" : ", re-priced"));
    }

    /** Takes back a room given ahead of arrival; the caller frees its nights. */
    public Room unassignRoom(LocalDate businessDate, String by, Instant at) {
        if (!status.isUpcoming()) {
            requireStatus(ReservationStatus.CONFIRMED, "take the room back from");
        }
        if (room == null) {
            throw new StateConflictException("invalid-state", "reservation " + confirmationNumber + " has no room yet");
        }
        Room was = room;
        room = null;
        assignedBy = null;
        record(StayEvent.Kind.UNASSIGNED, businessDate, at, by, "room " + was.number());
        modifiedAt = at;
        return was;
    }

    /** The guest is at the desk and waits for the room to be ready: a place in the queue. */
    public void queue(LocalDate businessDate, String by, Instant at) {
        if (!canCheckIn(businessDate)) {
            throw new StateConflictException("invalid-state", "reservation " + confirmationNumber
                    + " is not due to check in today");
        }
        if (queuedAt == null) {
            queuedAt = at;
            record(StayEvent.Kind.QUEUED, businessDate, at, by, null);
        }
    }

    /** The expected time of arrival the guest gave. */
    public void expectAt(LocalTime time, Instant at) {
        eta = time;
        modifiedAt = at;
    }

    /**
     * Registers the guest in the room given (assigned beforehand or now): only a confirmed or
     * guaranteed reservation, on a business date within the stay, into a vacant and clean room of
     * the reservation's type. The main guest's identity and each companion are recorded; the party
     * must not be outnumbered by the registered people.
     */
    public void checkIn(Registration registration, LocalDate businessDate, boolean early, String by, Instant at) {
        requireExpectedToArrive("check in");
        if (businessDate.isBefore(stay.arrival())) {
            throw new StateConflictException("too-early", "reservation " + confirmationNumber
                    + " arrives on " + stay.arrival() + ", not today (" + businessDate + ")");
        }
        if (!businessDate.isBefore(stay.departure())) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber
                    + " departed on " + stay.departure());
        }
        if (registration.document() == null) {
            throw new InvalidValueException("documentNumber", "the guest's identity document is required");
        }
        if (room == null) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "give the guest a room first");
        }
        if (registration.companions().size() + 1 > party().people()) {
            throw new InvalidValueException("companions", "the party is " + party().people() + " people: at most "
                    + (party().people() - 1) + " companions");
        }
        if (registration.birthDate() != null && (registration.birthDate().isAfter(businessDate)
                || registration.birthDate().isBefore(businessDate.minusYears(120)))) {
            throw new InvalidValueException("birthDate", "a date of birth between "
                    + businessDate.minusYears(120) + " and today");
        }
        if (registration.keys() < 1 || registration.keys() > 10) {
            throw new InvalidValueException("keys", "1 to 10 keys");
        }
        room.occupy();
        identityDocument = registration.document();
        nationality = registration.nationality();
        birthDate = registration.birthDate();
        keysIssued = registration.keys();
        depositAmount = registration.deposit() == null ? null : registration.deposit().amount();
        depositKind = registration.deposit() == null ? null : registration.depositKind();
        companions.clear();
        int position = 1;
        for (PersonalData companion : registration.companions()) {
            companions.add(new Companion(position++, companion));
        }
        earlyCheckIn = early;
        status = ReservationStatus.IN_HOUSE;
        optionExpiresAt = null;
        queuedAt = null;
        checkedInAt = at;
        checkedInOn = businessDate;
        checkedInBy = by;
        record(StayEvent.Kind.CHECKED_IN, businessDate, at, by, "room " + room.number()
                + (early ? ", early check-in" : ""));
        modifiedAt = at;
    }

    /**
     * A check-in made by mistake is undone: the same business date only, with a reason; the
     * reservation is to arrive again, keeps its room (vacant again) and its guarantee. The caller
     * has checked that nothing but the room is on the folio and reversed it.
     */
    public void undoCheckIn(String reason, LocalDate businessDate, String by, Instant at) {
        requireStatus(ReservationStatus.IN_HOUSE, "undo the check-in of");
        if (!businessDate.equals(checkedInOn)) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber + " was checked in on "
                    + checkedInOn + "; a check-in can only be undone the same day");
        }
        String why = requireReason(reason);
        room.release();
        status = guaranteeCardLast4 != null ? ReservationStatus.GUARANTEED : ReservationStatus.CONFIRMED;
        keysIssued = 0;
        depositAmount = null;
        depositKind = null;
        earlyCheckIn = false;
        checkedInAt = null;
        checkedInOn = null;
        checkedInBy = null;
        record(StayEvent.Kind.CHECK_IN_UNDONE, businessDate, at, by, why);
        modifiedAt = at;
    }

    /**
     * Moves the guest in the house to another room from tonight: a vacant, clean room. Of another
     * type, the clerk keeps the rate ({@code newQuote} null: a complimentary upgrade) or re-prices
     * the nights from tonight ({@code newQuote}). The old room becomes vacant and dirty. The caller
     * has moved the room's nights (and the inventory, for another type) in the database.
     */
    public Room moveTo(Room target, StayQuote newQuote, String reason, LocalDate businessDate, String by, Instant at) {
        requireStatus(ReservationStatus.IN_HOUSE, "move");
        String why = requireReason(reason);
        if (room == target || (room.id() != null && room.id().equals(target.id()))) {
            throw new InvalidValueException("roomNumber", "the guest is already in room " + target.number());
        }
        Room old = room;
        target.occupy();
        changeType(target, newQuote, businessDate, by, at);
        old.vacate();
        room = target;
        record(StayEvent.Kind.MOVED, businessDate, at, by, old.number() + " → " + target.number() + ": " + why);
        modifiedAt = at;
        return old;
    }

    /**
     * The guest stays longer: the nights added at {@code extraNights}' prices (today's prices of the
     * booked plan, priced by the caller, who has also taken the room and the inventory for them).
     */
    public void extend(StayPeriod longer, StayQuote extraNights, LocalDate businessDate, String by, Instant at) {
        requireStatus(ReservationStatus.IN_HOUSE, "extend");
        if (!longer.arrival().equals(stay.arrival()) || !longer.departure().isAfter(stay.departure())) {
            throw new InvalidValueException("departure", "an extension departs after " + stay.departure());
        }
        if (extraNights.nights().size() != longer.nights() - stay.nights()
                || !extraNights.nights().get(0).night().equals(stay.departure())) {
            throw new IllegalArgumentException("the quote does not price the nights added");
        }
        List<StayQuote.NightQuote> all = new ArrayList<>(frozenQuote().nights());
        all.addAll(extraNights.nights());
        StayPeriod before = stay;
        stay = longer;
        refreeze(all);
        record(StayEvent.Kind.EXTENDED, businessDate, at, by, before.departure() + " → " + longer.departure());
        modifiedAt = at;
    }

    /**
     * The guest leaves earlier: the nights from the new departure on are given up (the caller gives
     * them back to inventory and the room). From today on only: nights slept stay.
     */
    public StayPeriod shorten(LocalDate newDeparture, LocalDate businessDate, String by, Instant at) {
        requireStatus(ReservationStatus.IN_HOUSE, "shorten");
        if (newDeparture == null || !newDeparture.isBefore(stay.departure())) {
            throw new InvalidValueException("departure", "a shorter stay departs before " + stay.departure());
        }
        if (newDeparture.isBefore(businessDate) || !newDeparture.isAfter(stay.arrival())) {
            throw new InvalidValueException("departure", "the guest can leave from today (" + businessDate
                    + ") on, after at least one night");
        }
        StayPeriod given = new StayPeriod(newDeparture, stay.departure());
        List<StayQuote.NightQuote> kept = frozenQuote().nights().stream()
                .filter(n -> n.night().isBefore(newDeparture)).toList();
        LocalDate before = stay.departure();
        stay = new StayPeriod(stay.arrival(), newDeparture);
        refreeze(kept);
        record(StayEvent.Kind.SHORTENED, businessDate, at, by, before + " → " + newDeparture);
        modifiedAt = at;
        return given;
    }

    private void replaceNightsFrom(LocalDate from, List<StayQuote.NightQuote> replacement) {
        List<StayQuote.NightQuote> all = new ArrayList<>(frozenQuote().nights().stream()
                .filter(n -> n.night().isBefore(from)).toList());
        all.addAll(replacement);
        refreeze(all);
    }

    /** The nights as they are now frozen, with the totals summed from them. */
    private void refreeze(List<StayQuote.NightQuote> all) {
        StayQuote quote = new StayQuote(all);
        nights.clear();
        quote.nights().forEach(n -> nights.add(new NightlyRate(n)));
        roomAmount = quote.roomNet().amount();
        vatAmount = quote.vat().amount();
        cityTaxAmount = quote.cityTax().amount();
        total = quote.total();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "give the reason");
        }
        String r = FreeText.line("reason", reason).strip();
        if (r.length() > 200) {
            throw new InvalidValueException("reason", "the reason is at most 200 characters");
        }
        return r;
    }

    private void record(StayEvent.Kind kind, LocalDate businessDate, Instant at, String by, String detail) {
        history.add(new StayEvent(kind, businessDate, at, by, detail));
    }

    /** The guest leaves: only in-house, only with a settled folio. The room becomes vacant and dirty. */
    public void checkOut(Money folioBalance, Instant at) {
        checkOut(folioBalance, null, "system", at);
    }

    /** Checks out on the business date (recorded in the history); null leaves no history line. */
    public void checkOut(Money folioBalance, LocalDate businessDate, String by, Instant at) {
        requireStatus(ReservationStatus.IN_HOUSE, "check out");
        if (!folioBalance.isZero()) {
            throw new StateConflictException("balance-not-zero", "the folio of " + confirmationNumber
                    + " still has a balance of " + folioBalance + "; settle it before check-out");
        }
        room.vacate();
        status = ReservationStatus.CHECKED_OUT;
        checkedOutAt = at;
        checkedOutBy = by;
        if (businessDate != null) {
            record(StayEvent.Kind.CHECKED_OUT, businessDate, at, by, "room " + room.number());
        }
        modifiedAt = at;
    }

    /**
     * The guest did not arrive: the no-show fee of the frozen policies. Only from the arrival date on;
     * the caller releases the rooms of the nights still to come.
     */
    public Money markNoShow(LocalDate businessDate, Instant at) {
        return markNoShow(businessDate, at, null);
    }

    /**
     * The same at the desk: on the arrival date itself only from {@code notBefore} (the hotel's no-show hour),
     * since a guest due today may still come in the evening. Null: any hour (the night audit closing the day).
     */
    public Money markNoShow(LocalDate businessDate, Instant at, java.time.ZonedDateTime notBefore) {
        if (!canBeMarkedNoShow(businessDate) && status.isUpcoming()) {
            throw new StateConflictException("too-early", "reservation " + confirmationNumber + " arrives on "
                    + stay.arrival() + "; it can't be a no-show before then (today is " + businessDate + ")");
        }
        if (tooEarlyToday(businessDate, at, notBefore)) {
            throw new StateConflictException("too-early", "the guest of " + confirmationNumber + " is due today and may"
                    + " still come; a no-show can be marked from " + notBefore.toLocalTime() + " (hotel time)");
        }
        requireExpectedToArrive("mark as no-show");
        Money fee = policies.noShowFee(frozenQuote());
        status = ReservationStatus.NO_SHOW;
        endReason = EndReason.NO_SHOW;
        room = null;
        feeCharged = fee.amount();
        modifiedAt = at;
        return fee;
    }

    /** Whether {@link #cancel} would be accepted on this business date. */
    public boolean canBeCancelled(LocalDate businessDate) {
        return (status.isUpcoming() || status == ReservationStatus.WAITLISTED) && !businessDate.isAfter(stay.arrival());
    }

    /** Whether {@link #markNoShow} would be accepted on this business date. */
    public boolean canBeMarkedNoShow(LocalDate businessDate, Instant at, java.time.ZonedDateTime notBefore) {
        return canBeMarkedNoShow(businessDate) && !tooEarlyToday(businessDate, at, notBefore);
    }

    private boolean tooEarlyToday(LocalDate businessDate, Instant at, java.time.ZonedDateTime notBefore) {
        return notBefore != null && businessDate.equals(stay.arrival()) && at.isBefore(notBefore.toInstant());
    }

    public boolean canBeMarkedNoShow(LocalDate businessDate) {
        return ReservationStatus.expectedToArrive().contains(status) && !businessDate.isBefore(stay.arrival());
    }

    /** Whether {@link #modify} would be accepted on this business date. */
    public boolean canBeModified(LocalDate businessDate) {
        return canBeCancelled(businessDate);
    }

    /** Whether the guest can be checked in on this business date (given a ready room of the type). */
    public boolean canCheckIn(LocalDate businessDate) {
        return ReservationStatus.expectedToArrive().contains(status) && !businessDate.isBefore(stay.arrival())
                && businessDate.isBefore(stay.departure());
    }

    /** Charges and payments go only to the folio of a guest in the house. */
    /**
     * Marks the stay as the hotel's own use (a manager on duty, a contractor's room) or takes the mark
     * off: the nights not yet posted are posted at zero and counted as house use.
     */
    public void useForHouse(boolean use) {
        if (status != ReservationStatus.IN_HOUSE && !status.isUpcoming()) {
            throw new StateConflictException("stay-closed", "a " + status.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " reservation is not marked for house use");
        }
        this.houseUse = use;
    }

    public boolean houseUse() {
        return houseUse;
    }

    public void requireInHouse(String action) {
        requireStatus(ReservationStatus.IN_HOUSE, action);
    }

    /** Joins a multi-room booking. */
    public void belongTo(String reference) {
        this.bookingReference = reference;
    }

    private void requireExpectedToArrive(String action) {
        if (!ReservationStatus.expectedToArrive().contains(status)) {
            requireStatus(ReservationStatus.CONFIRMED, action);
        }
    }

    private void requireStatus(ReservationStatus required, String action) {
        if (status != required) {
            throw new StateConflictException("invalid-state", "cannot " + action + " reservation "
                    + confirmationNumber + ": it is " + status.name().toLowerCase().replace('_', ' '));
        }
    }

    public Long id() {
        return id;
    }

    public ConfirmationNumber confirmationNumber() {
        return confirmationNumber;
    }

    public ReservationStatus status() {
        return status;
    }

    public RoomType roomType() {
        return roomType;
    }

    public RatePlan ratePlan() {
        return ratePlan;
    }

    public Guest guest() {
        return guest;
    }

    /** The guest's name and contacts as given when booking. */
    /** The name on the reservation, as booked (the profile it is attached to may name someone else in the family). */
    public String guestName() {
        return guestAsBooked.fullName();
    }

    public GuestAsBooked guestAsBooked() {
        return guestAsBooked;
    }

    /** Where the hotel writes to the guest: the profile's e-mail, else the one given when booking; null: none. */
    public String contactEmail() {
        String email = guest != null && guest.email() != null && !guest.email().isBlank() ? guest.email()
                : guestAsBooked != null ? guestAsBooked.email() : null;
        return email == null || email.isBlank() ? null : email;
    }

    /** Records the guest as the booker gave them, when the booking attached to a profile that knew them already. */
    public void bookedFor(GuestAsBooked asBooked) {
        guestAsBooked = java.util.Objects.requireNonNull(asBooked);
    }

    /**
     * The reservation belongs to another profile of the same person now (a merge, or the document
     * shown at check-in). The guest as booked stays as it was; nothing a channel sees changes.
     */
    public void attachTo(Guest profile) {
        if (profile.isMerged()) {
            throw new StateConflictException("profile-merged", "profile " + profile.id() + " was merged into another");
        }
        guest = profile;
    }

    public StayPeriod stay() {
        return stay;
    }

    public int adults() {
        return adults;
    }

    public int children() {
        return children;
    }

    public Party party() {
        return new Party(adults, children);
    }

    public Money roomAmount() {
        return Money.of(roomAmount, total.currency());
    }

    public Money vatAmount() {
        return Money.of(vatAmount, total.currency());
    }

    public Money cityTaxAmount() {
        return Money.of(cityTaxAmount, total.currency());
    }

    public boolean breakfastIncluded() {
        return breakfastIncluded;
    }

    public RatePolicies policies() {
        return policies;
    }

    public String guaranteeCardLast4() {
        return guaranteeCardLast4;
    }

    public Instant optionExpiresAt() {
        return optionExpiresAt;
    }

    public String bookingReference() {
        return bookingReference;
    }

    /** The cancellation or no-show fee charged; null while none was. */
    public Money feeCharged() {
        return feeCharged == null ? null : Money.of(feeCharged, total.currency());
    }

    public EndReason endReason() {
        return endReason;
    }

    public List<NightlyRate> nights() {
        return Collections.unmodifiableList(nights);
    }

    public Money total() {
        return total;
    }

    public String channel() {
        return channel;
    }

    public String source() {
        return source;
    }

    public Room room() {
        return room;
    }

    public IdentityDocument identityDocument() {
        return identityDocument;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The change feed's number of this reservation's last change; null while not numbered yet. */
    public Long changeSequence() {
        return changeSequence;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public RoomType bookedRoomType() {
        return bookedRoomType == null ? roomType : bookedRoomType;
    }

    /** Whether the guest was given a room of another type than booked. */
    public boolean upgraded() {
        return bookedRoomType != null && !bookedRoomType.code().equals(roomType.code());
    }

    public LocalTime eta() {
        return eta;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public String nationality() {
        return nationality;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public int keysIssued() {
        return keysIssued;
    }

    public Money depositAmount() {
        return depositAmount == null ? null : Money.of(depositAmount, total.currency());
    }

    public DepositKind depositKind() {
        return depositKind;
    }

    public boolean earlyCheckIn() {
        return earlyCheckIn;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public LocalDate checkedInOn() {
        return checkedInOn;
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public String checkedOutBy() {
        return checkedOutBy;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public List<Companion> companions() {
        return Collections.unmodifiableList(companions);
    }

    public List<StayEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public boolean isVisibleTo(String viewerChannel) {
        return viewerChannel == null || viewerChannel.equals(channel);
    }
}
