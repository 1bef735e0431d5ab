package org.innkeeper.domain.room;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stay (or out-of-order period) holds each room on each night: the guard against giving a
 * room to two stays. Every path that gives a room (pre-assignment, auto-assignment, check-in, room
 * move, extension, out of order) claims its nights here, and the database's primary key on
 * (room, night) refuses a second holder, whatever races.
 */
public interface RoomNightRepository {

    /**
     * Gives the room to the reservation for each night from..to (exclusive), or throws a
     * {@code StateConflictException} "room-taken" naming the first night held by someone else;
     * nights the reservation already holds in this room are kept.
     */
    void claimForStay(Room room, long reservationId, LocalDate from, LocalDate to);

    /** Holds the room for an out-of-order period; refused ("room-taken") where a stay holds a night. */
    void claimForBlock(Room room, long blockId, LocalDate from, LocalDate to);

    /** Gives back every night from {@code from} on that the reservation holds, in any room. */
    int releaseStay(long reservationId, LocalDate from);

    /** Gives back every night from {@code from} on that the block holds. */
    int releaseBlock(long blockId, LocalDate from);

    /** Ids of the rooms held by anyone on any night from..to (exclusive). */
    Set<Long> roomsHeld(LocalDate from, LocalDate to);

    /** Who holds what from..to (exclusive), for the room rack. */
    List<Held> held(LocalDate from, LocalDate to);

    /** The room each of these reservations holds on the night, by reservation id. */
    Map<Long, Long> roomsOf(List<Long> reservationIds, LocalDate night);

    /** One room night and its holder (a reservation id or a block id). */
    record Held(long roomId, LocalDate night, Long reservationId, Long blockId) {
    }
}
