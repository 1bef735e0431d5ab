package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A room move planned for a later night of a stay in the house (the guest changes rooms on the
 * third night, say). The new room's nights are held from then on as soon as it is planned; on the
 * day the desk carries it out, or cancels it and the guest keeps the old room.
 */
@Entity
@Table(name = "room_move")
public class RoomMove {

    /** Where the move is. */
    public enum Status {
        SCHEDULED, DONE, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_move_seq")
    @SequenceGenerator(name = "room_move_seq", sequenceName = "room_move_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reservation_id")
    private Reservation reservation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_room_id")
    private Room from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_room_id")
    private Room to;

    @Column(name = "effective_on", nullable = false)
    private LocalDate on;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(nullable = false)
    private boolean repriced;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected RoomMove() {
    }

    /**
     * Plans the move of a guest in the house from their room to {@code target} from the night
     * {@code on}: after today and before the last night. The caller holds the new room's nights.
     */
    public RoomMove(Reservation stay, Room target, LocalDate on, String reason, boolean repriced,
                    LocalDate businessDate, String by, Instant at) {
        stay.requireInHouse("plan a room move for");
        if (on == null || !on.isAfter(businessDate)) {
            throw new InvalidValueException("on", "a planned move is for a later night than today (" + businessDate
                    + "); to move now, move the guest");
        }
        if (!on.isBefore(stay.stay().departure())) {
            throw new InvalidValueException("on", "the stay ends on " + stay.stay().departure()
                    + ": a move is for a night of the stay");
        }
        if (stay.room() == target || (stay.room().id() != null && stay.room().id().equals(target.id()))) {
            throw new InvalidValueException("roomNumber", "the guest is already in room " + target.number());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new InvalidValueException("reason", "give the reason (1 to 200 characters)");
        }
        this.reservation = stay;
        this.from = stay.room();
        this.to = target;
        this.on = on;
        this.reason = FreeText.line("reason", reason).strip();
        this.repriced = repriced;
        this.status = Status.SCHEDULED;
        this.createdBy = by;
        this.createdAt = at;
    }

    /**
     * The day has come: the guest moves (the reservation's rules for a move apply) into the room
     * held for them, which must be vacant and clean or inspected by now, as for any move.
     */
    public void carryOut(LocalDate businessDate, String by, Instant at) {
        requireScheduled();
        if (businessDate.isBefore(on)) {
            throw new StateConflictException("too-early", "this move is planned for " + on + ", not today ("
                    + businessDate + ")");
        }
        if (!to.isAssignable()) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "room " + to.number()
                    + (to.occupancy() == Occupancy.OCCUPIED ? " is occupied" : " is not clean yet"));
        }
        reservation.moveTo(to, null, reason, businessDate, by, at);
        status = Status.DONE;
        doneAt = at;
    }

    /** Called off: the guest keeps the old room (the caller gives the nights back to it). */
    public void cancel(Instant at) {
        requireScheduled();
        status = Status.CANCELLED;
        doneAt = at;
    }

    private void requireScheduled() {
        if (status != Status.SCHEDULED) {
            throw new StateConflictException("invalid-state", "this move is " + status.name().toLowerCase());
        }
    }

    public Long id() {
        return id;
    }

    public Reservation reservation() {
        return reservation;
    }

    public Room from() {
        return from;
    }

    public Room to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }

    public String reason() {
        return reason;
    }

    public boolean repriced() {
        return repriced;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }
}
