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

    protected RoomType() {
    }

    public RoomType(String code, String name, int maxOccupancy, int sortOrder) {
        if (code == null || !code.matches("[A-Z0-9]{2,10}")) {
            throw new InvalidValueException("code", "a room type code is 2 to 10 capital letters or digits");
        }
        if (maxOccupancy < 1) {
            throw new InvalidValueException("maxOccupancy", "a room sleeps at least one person");
        }
        this.code = code;
        this.name = name;
        this.maxOccupancy = maxOccupancy;
        this.sortOrder = sortOrder;
    }

    /** Whether this many adults may sleep in a room of this type. */
    public boolean sleeps(int adults) {
        return adults >= 1 && adults <= maxOccupancy;
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
