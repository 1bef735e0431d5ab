package org.innkeeper.domain.inventory;

import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.StayPeriod;

/** Rooms sellable and sold per room type and night; the guard against selling a room twice. */
public interface InventoryRepository {

    /**
     * Takes one room of the type for every night of the stay, atomically in the database, or
     * throws {@link NoAvailabilityException} having taken none (the transaction rolls back).
     */
    void reserve(RoomType type, StayPeriod stay);

    /** Gives back one room of the type for every night of the stay. */
    void release(RoomType type, StayPeriod stay);

    /** Rooms left for the whole stay (the smallest over its nights), per room type id;
     *  a type missing a night of inventory is absent. */
    Map<Long, Integer> roomsLeft(StayPeriod stay);

    /**
     * Sets every night's rooms sold to the number of reservations that hold it. For initial loads
     * and repairs; bookings never use it.
     */
    void recountFromReservations();

    /** Opens sale of the type for each night from..to (inclusive) not yet open. */
    void open(RoomType type, LocalDate from, LocalDate to, int sellable);
}
