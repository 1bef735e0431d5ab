package org.innkeeper.domain.room;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A room out of order or out of service for the nights from..to (exclusive), with the reason and
 * the housekeeping status it returns in. An out-of-order period holds the room's nights (no stay
 * can be given them) and takes the room out of inventory for them.
 */
@Entity
@Table(name = "room_block")
public class RoomBlock {

    public static final int MAX_NIGHTS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_block_seq")
    @SequenceGenerator(name = "room_block_seq", sequenceName = "room_block_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id")
    private Room room;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoomBlockKind kind;

    @Column(name = "from_night", nullable = false)
    private LocalDate from;

    @Column(name = "to_night", nullable = false)
    private LocalDate to;

    @Column(nullable = false, length = 200)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_status", nullable = false, length = 10)
    private HousekeepingStatus returnStatus;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 40)
    private String endedBy;

    @Version
    private long version;

    protected RoomBlock() {
    }

    public RoomBlock(Room room, RoomBlockKind kind, LocalDate from, LocalDate to, String reason,
                     HousekeepingStatus returnStatus, LocalDate businessDate, String by, Instant at) {
        if (kind == null) {
            throw new InvalidValueException("kind", "say whether the room is out of order or out of service");
        }
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidValueException("to", "the block ends after it starts");
        }
        if (from.isBefore(businessDate)) {
            throw new InvalidValueException("from", "a room can't be blocked in the past (today is " + businessDate + ")");
        }
        if (from.plusDays(MAX_NIGHTS).isBefore(to)) {
            throw new InvalidValueException("to", "a block lasts at most " + MAX_NIGHTS + " nights");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new InvalidValueException("reason", "give the reason (1 to 200 characters)");
        }
        this.room = room;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.reason = FreeText.line("reason", reason).strip();
        this.returnStatus = returnStatus == null ? HousekeepingStatus.DIRTY : returnStatus;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Whether the block covers the night. */
    public boolean covers(LocalDate night) {
        return endedAt == null && !night.isBefore(from) && night.isBefore(to);
    }

    /**
     * The room is back before (or at) the planned end: the block ends with the nights before
     * {@code businessDate} kept as history; the room returns in the block's return status.
     * Returns the first night given back.
     */
    public LocalDate end(LocalDate businessDate, String by, Instant at) {
        if (endedAt != null) {
            throw new StateConflictException("invalid-state", "this block of room " + room.number() + " has ended");
        }
        LocalDate givenBackFrom = businessDate.isAfter(from) ? businessDate : from;
        if (givenBackFrom.isBefore(to)) {
            to = givenBackFrom.isAfter(from) ? givenBackFrom : to;
        }
        endedAt = at;
        endedBy = by;
        room.changeHousekeeping(returnStatus, by, at);
        return givenBackFrom;
    }

    public boolean active() {
        return endedAt == null;
    }

    public Long id() {
        return id;
    }

    public Room room() {
        return room;
    }

    public RoomBlockKind kind() {
        return kind;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public HousekeepingStatus returnStatus() {
        return returnStatus;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
