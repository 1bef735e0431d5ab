package org.innkeeper.domain.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.innkeeper.domain.shared.InvalidValueException;

/** What is sold (e.g. STD, TWN, STE); rooms are physical units of a type. */
@Entity
@Table(name = "room_type")
public class RoomType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_type_seq")
    @SequenceGenerator(name = "room_type_seq", sequenceName = "room_type_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "max_occupancy", nullable = false)
    private int maxOccupancy;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** How many people the room's price covers; more pay the rate plan's extra-guest prices. */
    @Column(name = "standard_occupancy", nullable = false)
    private int standardOccupancy;

    /** Rooms that may be sold beyond those physically there, per night (default 0). */
    @Column(name = "overbooking_limit", nullable = false)
    private int overbookingLimit;

    protected RoomType() {
    }

    public RoomType(String code, String name, int maxOccupancy, int sortOrder) {
        this(code, name, maxOccupancy, Math.min(2, Math.max(1, maxOccupancy)), sortOrder);
    }

    public RoomType(String code, String name, int maxOccupancy, int standardOccupancy, int sortOrder) {
        if (code == null || !code.matches("[A-Z0-9]{2,10}")) {
            throw new InvalidValueException("code", "a room type code is 2 to 10 capital letters or digits");
        }
        this.code = code;
        change(name, maxOccupancy, standardOccupancy);
        this.sortOrder = sortOrder;
    }

    /** A manager changes what the type is called and whom it sleeps. */
    public void change(String newName, int newMaxOccupancy, int newStandardOccupancy) {
        if (newName == null || newName.isBlank() || newName.length() > 80) {
            throw new InvalidValueException("name", "a room type's name is 1 to 80 characters");
        }
        if (newMaxOccupancy < 1 || newMaxOccupancy > org.innkeeper.domain.shared.Party.MAX_PEOPLE) {
            throw new InvalidValueException("maxOccupancy", "a room sleeps 1 to "
                    + org.innkeeper.domain.shared.Party.MAX_PEOPLE + " people");
        }
        if (newStandardOccupancy < 1 || newStandardOccupancy > newMaxOccupancy) {
            throw new InvalidValueException("standardOccupancy", "the standard occupancy is 1 to the maximum occupancy");
        }
        this.name = newName.trim();
        this.maxOccupancy = newMaxOccupancy;
        this.standardOccupancy = newStandardOccupancy;
    }

    /** Sets the overbooking allowance; the caller adjusts inventory by the difference. */
    public int changeOverbookingLimit(int limit) {
        if (limit < 0 || limit > 50) {
            throw new InvalidValueException("overbookingLimit", "the overbooking allowance is 0 to 50 rooms");
        }
        int delta = limit - overbookingLimit;
        overbookingLimit = limit;
        return delta;
    }

    /** Whether this many adults may sleep in a room of this type. */
    public boolean sleeps(int adults) {
        return adults >= 1 && adults <= maxOccupancy;
    }

    /** Whether the party fits in a room of this type. */
    public boolean sleeps(org.innkeeper.domain.shared.Party party) {
        return party.people() <= maxOccupancy;
    }

    public int standardOccupancy() {
        return standardOccupancy;
    }

    public int overbookingLimit() {
        return overbookingLimit;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int maxOccupancy() {
        return maxOccupancy;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
