package org.innkeeper.domain.room;

import java.util.List;
import java.util.Optional;

public interface RoomRepository {

    List<RoomType> roomTypes();

    Optional<RoomType> roomType(String code);

    Optional<Room> room(String number);

    /** The room with its row locked until the transaction ends: two clerks cannot give it twice. */
    Optional<Room> roomForUpdate(String number);

    /** All rooms with their types, by number. */
    List<Room> rooms();

    List<Room> assignableRooms(RoomType type);

    /** Rooms per room type id. */
    java.util.Map<Long, Long> roomCountsByType();

    long countRooms();

    void store(RoomType type);

    void store(Room room);

    void store(RoomBlock block);

    /** The block with its row locked until the transaction ends. */
    Optional<RoomBlock> blockForUpdate(long id);

    /** Blocks not ended whose nights reach {@code from} or later, by start. */
    List<RoomBlock> blocksFrom(java.time.LocalDate from);

    /** Blocks not ended whose last night is before {@code date}: their rooms are due back. */
    List<RoomBlock> blocksEndedBy(java.time.LocalDate date);
}
