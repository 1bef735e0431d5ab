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
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A physical room. Its version guards against two clerks giving the same room to two guests
 * at once: the second check-in fails instead of sharing the room.
 */
@Entity
@Table(name = "room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    private Long id;

    @Column(name = "room_number", nullable = false, unique = true, length = 10)
    private String number;

    @Column(nullable = false)
    private int floor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_type_id")
    private RoomType roomType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Occupancy occupancy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HousekeepingStatus housekeeping;

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
    }

    /** The guest has left: the room is vacant and needs cleaning. */
    public void vacate() {
        occupancy = Occupancy.VACANT;
        housekeeping = HousekeepingStatus.DIRTY;
    }

    public void changeHousekeeping(HousekeepingStatus status) {
        this.housekeeping = status;
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
