package org.innkeeper.domain.room;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

/**
 * A physical room. Its version guards against two clerks giving the same room to two guests
 * at once: the second check-in fails instead of sharing the room.
 */
@Entity
@Table(name = "room")
@Audited // the audit trail (revision, room_aud)
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    private Long id;

    @Column(name = "room_number", nullable = false, unique = true, length = 10)
    private String number;

    @Column(nullable = false)
    private int floor;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_type_id")
    private RoomType roomType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Occupancy occupancy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HousekeepingStatus housekeeping;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_feature", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 20)
    private Set<RoomFeature> features = new HashSet<>();

    /** The room behind a connecting door, if any (the link is kept on both rooms). */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connects_to_id")
    private Room connectsTo;

    @Column(name = "housekeeping_changed_at")
    private Instant housekeepingChangedAt;

    @Column(name = "housekeeping_changed_by", length = 40)
    private String housekeepingChangedBy;

    /** What housekeeping found on its last round, VACANT or OCCUPIED; null until reported. */
    @Enumerated(EnumType.STRING)
    @Column(name = "housekeeping_found", length = 10)
    private Occupancy found;

    @Version
    private long version;

    protected Room() {
    }

    public Room(String number, int floor, RoomType roomType) {
        if (number == null || !number.matches("[0-9A-Z]{1,10}")) {
            throw new InvalidValueException("number", "a room number is 1 to 10 letters or digits");
        }
        this.number = number;
        this.floor = floor;
        this.roomType = roomType;
        this.occupancy = Occupancy.VACANT;
        this.housekeeping = HousekeepingStatus.CLEAN;
    }

    /** A guest moves in: only into a vacant room that is ready (clean or inspected). */
    public void occupy() {
        if (occupancy == Occupancy.OCCUPIED) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "room " + number + " is occupied");
        }
        if (!housekeeping.readyForGuest()) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "room " + number + " is not clean yet");
        }
        occupancy = Occupancy.OCCUPIED;
        found = null;
    }

    /** The guest has left: the room is vacant and needs cleaning. */
    public void vacate() {
        occupancy = Occupancy.VACANT;
        housekeeping = HousekeepingStatus.DIRTY;
        found = null;
    }

    /** A check-in made by mistake is undone: the room is vacant again, as clean as it was. */
    public void release() {
        occupancy = Occupancy.VACANT;
    }

    public void changeHousekeeping(HousekeepingStatus status) {
        this.housekeeping = status;
    }

    /** Housekeeping reports the room's status (and, on a round, whether they found it occupied). */
    public void changeHousekeeping(HousekeepingStatus status, String by, Instant at) {
        this.housekeeping = status;
        this.housekeepingChangedBy = by;
        this.housekeepingChangedAt = at;
    }

    /** What housekeeping found on its round: compared with the desk's view to catch discrepancies. */
    public void reportFound(Occupancy foundOccupancy, String by, Instant at) {
        this.found = foundOccupancy;
        this.housekeepingChangedBy = by;
        this.housekeepingChangedAt = at;
    }

    /** The desk thinks one thing, housekeeping found another (a skipper or a sleeper). */
    public boolean discrepancy() {
        return found != null && found != occupancy;
    }

    /** The features a manager describes the room with. */
    public void describe(Set<RoomFeature> newFeatures) {
        features.clear();
        features.addAll(newFeatures);
    }

    /** Links the two rooms by their connecting door (both ways); null removes the link. */
    public void connectTo(Room other) {
        if (other == this) {
            throw new InvalidValueException("connectsTo", "a room does not connect to itself");
        }
        if (connectsTo != null && connectsTo.connectsTo == this) {
            connectsTo.connectsTo = null;
        }
        connectsTo = other;
        if (other != null) {
            other.connectsTo = this;
        }
    }

    public boolean has(RoomFeature feature) {
        return features.contains(feature);
    }

    public Set<RoomFeature> features() {
        return features.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    public Room connectsTo() {
        return connectsTo;
    }

    public Occupancy found() {
        return found;
    }

    public Instant housekeepingChangedAt() {
        return housekeepingChangedAt;
    }

    public String housekeepingChangedBy() {
        return housekeepingChangedBy;
    }

    public boolean isAssignable() {
        return occupancy == Occupancy.VACANT && housekeeping.readyForGuest();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public int floor() {
        return floor;
    }

    public RoomType roomType() {
        return roomType;
    }

    public Occupancy occupancy() {
        return occupancy;
    }

    public HousekeepingStatus housekeeping() {
        return housekeeping;
    }
}
