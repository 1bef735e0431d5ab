package org.innkeeper.domain.inventory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * Rooms sellable and sold per room type and night; the guard against selling a room twice. Every
 * path that changes rooms sold comes through here, and each change is one conditional UPDATE that the
 * database checks against the current row (sold + n &lt;= sellable), behind a check constraint.
 */
public interface InventoryRepository {

    /**
     * Takes {@code rooms} rooms of the type for every night of the stay, atomically in the database,
     * or throws {@link NoAvailabilityException} having taken none (the transaction rolls back).
     */
    void reserve(RoomType type, StayPeriod stay, int rooms);

    default void reserve(RoomType type, StayPeriod stay) {
        reserve(type, stay, 1);
    }

    /**
     * Gives back {@code rooms} rooms of the type for every night of the stay, exactly: a night with
     * fewer rooms sold (a double release) fails the whole change with an {@link IllegalStateException}.
     */
    void release(RoomType type, StayPeriod stay, int rooms);

    default void release(RoomType type, StayPeriod stay) {
        release(type, stay, 1);
    }

    /**
     * Locks the inventory rows of these types from..to (exclusive) in one ordered statement, so a
     * change that gives back and takes rooms in several statements cannot deadlock with another.
     */
    void lock(Collection<RoomType> types, LocalDate from, LocalDate to);

    /** Rooms left for the whole stay (the smallest over its nights), per room type id;
     *  a type missing a night of inventory is absent. */
    Map<Long, Integer> roomsLeft(StayPeriod stay);

    /** Sellable and sold per room type id and night from..to (exclusive), for the grid and checks. */
    List<InventoryNightView> nights(LocalDate from, LocalDate to);

    /**
     * Changes rooms sellable of the type by {@code delta} for every night from {@code from} on
     * (rooms added or taken out, the overbooking allowance changed). Refused by the database where
     * it would leave a night sold beyond sellable.
     */
    void changeSellable(RoomType type, LocalDate from, int delta);

    /** The same for the nights from..to (exclusive) only: a room out of order for a while. */
    void changeSellable(RoomType type, LocalDate from, LocalDate to, int delta);

    /**
     * Sets every night's rooms sold to the number of reservations that hold it. For initial loads
     * and repairs; bookings never use it.
     */
    void recountFromReservations();

    /**
     * Where rooms sold from..to (exclusive) differ from the reservations holding a room of the type that
     * night (options, confirmed, guaranteed, in house, checked out); none when inventory is right.
     */
    List<CountDifference> differences(LocalDate from, LocalDate to);

    /** A night whose rooms sold are not the rooms the reservations hold. */
    record CountDifference(String roomType, LocalDate night, int sold, int held) {
    }

    /** Opens sale of the type for each night from..to (inclusive) not yet open. */
    void open(RoomType type, LocalDate from, LocalDate to, int sellable);

    /** One row of inventory, as numbers. */
    record InventoryNightView(long roomTypeId, LocalDate night, int sellable, int sold) {
        public int left() {
            return Math.max(0, sellable - sold);
        }
    }
}
