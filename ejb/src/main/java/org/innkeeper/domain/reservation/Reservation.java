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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * A reservation: the aggregate root of the guest cycle from booking to check-out. Its state
 * transitions are enforced here and nowhere else.
 */
@Entity
@Table(name = "reservation")
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_type_id")
    private RoomType roomType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rate_plan_id")
    private RatePlan ratePlan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guest_id")
    private Guest guest;

    @Embedded
    private StayPeriod stay;

    @Column(nullable = false)
    private int adults;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "reservation_night", joinColumns = @JoinColumn(name = "reservation_id"))
    @OrderBy("night")
    private List<NightlyRate> nights = new ArrayList<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "total_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))})
    private Money total;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(length = 60)
    private String source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Embedded
    private IdentityDocument identityDocument;

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

    @Version
    private long version;

    protected Reservation() {
    }

    /**
     * A confirmed reservation at the given nightly prices (which are frozen from now on). The
     * caller has already taken the rooms from inventory in the same transaction.
     */
    public static Reservation confirm(ConfirmationNumber number, Guest guest, RoomType roomType,
                                      RatePlan ratePlan, StayPeriod stay, int adults,
                                      Map<LocalDate, Money> nightlyPrices, String channel,
                                      String source, Instant at) {
        if (!roomType.sleeps(adults)) {
            throw new InvalidValueException("adults", roomType.name() + " sleeps at most "
                    + roomType.maxOccupancy() + " adults, not " + adults);
        }
        if (channel == null || channel.isBlank()) {
            throw new InvalidValueException("channel", "every reservation records its channel");
        }
        Reservation r = new Reservation();
        r.confirmationNumber = number;
        r.status = ReservationStatus.CONFIRMED;
        r.guest = guest;
        r.roomType = roomType;
        r.ratePlan = ratePlan;
        r.stay = stay;
        r.adults = adults;
        for (LocalDate night : stay.nightDates()) {
            Money price = nightlyPrices.get(night);
            if (price == null) {
                throw new InvalidValueException("arrival", "no price for the night of " + night);
            }
            r.nights.add(new NightlyRate(night, price));
        }
        r.total = r.nights.stream().map(NightlyRate::price).reduce(Money::plus).orElseThrow();
        r.channel = channel;
        r.source = source == null || source.isBlank() ? null : source.trim();
        r.createdAt = at;
        r.modifiedAt = at;
        return r;
    }

    /**
     * Cancels up to the arrival date; the caller gives the rooms back to inventory. Once the
     * arrival date has passed, a guest who did not come is a no-show, not a cancellation.
     */
    public void cancel(LocalDate businessDate, Instant at) {
        requireStatus(ReservationStatus.CONFIRMED, "cancel");
        if (businessDate.isAfter(stay.arrival())) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber
                    + " arrived on " + stay.arrival() + "; it can no longer be cancelled");
        }
        status = ReservationStatus.CANCELLED;
        cancelledAt = at;
        modifiedAt = at;
    }

    /**
     * Registers the guest and gives them the room: only a confirmed reservation, on a business
     * date within the stay, into a vacant and clean room of the booked type.
     */
    public void checkIn(Room assigned, IdentityDocument document, LocalDate businessDate, Instant at) {
        requireStatus(ReservationStatus.CONFIRMED, "check in");
        if (businessDate.isBefore(stay.arrival())) {
            throw new StateConflictException("too-early", "reservation " + confirmationNumber
                    + " arrives on " + stay.arrival() + ", not today (" + businessDate + ")");
        }
        if (!businessDate.isBefore(stay.departure())) {
            throw new StateConflictException("too-late", "reservation " + confirmationNumber
                    + " departed on " + stay.departure());
        }
        if (document == null) {
            throw new InvalidValueException("documentNumber", "the guest's identity document is required");
        }
        if (!assigned.roomType().code().equals(roomType.code())) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "room " + assigned.number()
                    + " is a " + assigned.roomType().code() + ", the guest booked a " + roomType.code());
        }
        assigned.occupy();
        room = assigned;
        identityDocument = document;
        status = ReservationStatus.IN_HOUSE;
        checkedInAt = at;
        modifiedAt = at;
    }

    /** The guest leaves: only in-house, only with a settled folio. The room becomes vacant and dirty. */
    public void checkOut(Money folioBalance, Instant at) {
        requireStatus(ReservationStatus.IN_HOUSE, "check out");
        if (!folioBalance.isZero()) {
            throw new StateConflictException("balance-not-zero", "the folio of " + confirmationNumber
                    + " still has a balance of " + folioBalance + "; settle it before check-out");
        }
        room.vacate();
        status = ReservationStatus.CHECKED_OUT;
        checkedOutAt = at;
        modifiedAt = at;
    }

    /** The guest did not arrive; the caller decides what happens to inventory and fees. */
    public void markNoShow(Instant at) {
        requireStatus(ReservationStatus.CONFIRMED, "mark as no-show");
        status = ReservationStatus.NO_SHOW;
        modifiedAt = at;
    }

    /** Whether {@link #cancel} would be accepted on this business date. */
    public boolean canBeCancelled(LocalDate businessDate) {
        return status == ReservationStatus.CONFIRMED && !businessDate.isAfter(stay.arrival());
    }

    /** Whether the guest can be checked in on this business date (given a ready room of the type). */
    public boolean canCheckIn(LocalDate businessDate) {
        return status == ReservationStatus.CONFIRMED && !businessDate.isBefore(stay.arrival())
                && businessDate.isBefore(stay.departure());
    }

    /** Charges and payments go only to the folio of a guest in the house. */
    public void requireInHouse(String action) {
        requireStatus(ReservationStatus.IN_HOUSE, action);
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

    public StayPeriod stay() {
        return stay;
    }

    public int adults() {
        return adults;
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

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public boolean isVisibleTo(String viewerChannel) {
        return viewerChannel == null || viewerChannel.equals(channel);
    }
}
