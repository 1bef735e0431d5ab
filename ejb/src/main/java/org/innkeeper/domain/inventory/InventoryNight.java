package org.innkeeper.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * Rooms of one type sellable and sold on one night. Sold is changed only by the repository's
 * single conditional UPDATE (see InventoryRepository), never read-modify-written in Java, and
 * the table's check constraint refuses sold &gt; sellable.
 */
@Entity
@Table(name = "inventory_night")
public class InventoryNight {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_night_seq")
    @SequenceGenerator(name = "inventory_night_seq", sequenceName = "inventory_night_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_type_id")
    private RoomType roomType;

    @Column(nullable = false)
    private LocalDate night;

    @Column(nullable = false)
    private int sellable;

    @Column(nullable = false)
    private int sold;

    protected InventoryNight() {
    }

    public InventoryNight(RoomType roomType, LocalDate night, int sellable) {
        if (sellable < 0) {
            throw new InvalidValueException("sellable", "rooms sellable cannot be negative");
        }
        this.roomType = roomType;
        this.night = night;
        this.sellable = sellable;
        this.sold = 0;
    }

    /**
     * Sets rooms sold to the number of reservations that hold this night; only for the
     * repository's recount (initial loads, repairs). Bookings never come here.
     */
    public void recount(int roomsHeld) {
        if (roomsHeld < 0 || roomsHeld > sellable) {
            throw new IllegalStateException(roomsHeld + " reservations hold " + roomType.code() + " on " + night
                    + " but only " + sellable + " rooms are sellable");
        }
        this.sold = roomsHeld;
    }

    public Long roomTypeId() {
        return roomType.id();
    }

    public LocalDate night() {
        return night;
    }

    public int sellable() {
        return sellable;
    }

    public int sold() {
        return sold;
    }
}
