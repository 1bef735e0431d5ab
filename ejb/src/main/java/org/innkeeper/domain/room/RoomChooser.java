package org.innkeeper.domain.room;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.innkeeper.domain.guest.Guest;

/**
 * The rules of automatic room assignment, for one guest among rooms that are free for their whole
 * stay: a connecting door to, or the floor of, the rooms already given to the same booking comes
 * first; then the guest's wishes (each feature and the floor); then rooms ready soonest (vacant and
 * inspected, vacant and clean, vacant and dirty, still occupied by a guest leaving today); a room
 * out of service only when nothing else is left. Ties go to the lower room number.
 */
public final class RoomChooser {

    static final int CONNECTING = 500;
    static final int SAME_FLOOR = 250;
    static final int PER_WISH = 150;
    static final int OUT_OF_SERVICE = -1000;

    private RoomChooser() {
    }

    /** The best room for the guest, or empty if there is none. */
    public static Optional<Room> choose(Guest guest, List<Room> free, Set<Long> outOfService, List<Room> partyRooms) {
        return choose(guest, free, outOfService, partyRooms, 1);
    }

    /**
     * The same for one of {@code partySize} rooms of one booking: the first is chosen where the
     * others can follow (behind its connecting door, or on its floor).
     */
    public static Optional<Room> choose(Guest guest, List<Room> free, Set<Long> outOfService, List<Room> partyRooms,
                                        int partySize) {
        return free.stream()
                .max(Comparator.<Room>comparingInt(room -> score(room, guest, outOfService, partyRooms)
                                + roomForTheOthers(room, free, partyRooms, partySize))
                        .thenComparing(Room::number, Comparator.reverseOrder()));
    }

    /** For the first room of a booking of several: whether the rest can be near it. */
    static int roomForTheOthers(Room room, List<Room> free, List<Room> partyRooms, int partySize) {
        if (partySize < 2 || !partyRooms.isEmpty()) {
            return 0;
        }
        if (partySize == 2 && room.connectsTo() != null
                && free.stream().anyMatch(f -> f.id() != null && f.id().equals(room.connectsTo().id()))) {
            return CONNECTING;
        }
        long sameFloor = free.stream().filter(f -> f != room && f.floor() == room.floor()).count();
        return sameFloor >= partySize - 1 ? SAME_FLOOR : 0;
    }

    /** How well the room suits the guest; higher is better. */
    public static int score(Room room, Guest guest, Set<Long> outOfService, List<Room> partyRooms) {
        int score = readiness(room);
        if (guest != null) {
            score += PER_WISH * guest.suitability(room);
        }
        if (outOfService.contains(room.id())) {
            score += OUT_OF_SERVICE;
        }
        boolean connecting = partyRooms.stream().anyMatch(p -> room.connectsTo() != null
                && room.connectsTo().id() != null && room.connectsTo().id().equals(p.id()));
        if (connecting) {
            score += CONNECTING;
        } else if (partyRooms.stream().anyMatch(p -> p.floor() == room.floor())) {
            score += SAME_FLOOR;
        }
        return score;
    }

    /** Inspected beats clean beats dirty; a room still occupied (its guest leaves today) comes last. */
    static int readiness(Room room) {
        if (room.occupancy() == Occupancy.OCCUPIED) {
            return 0;
        }
        return switch (room.housekeeping()) {
            case INSPECTED -> 100;
            case CLEAN -> 70;
            case DIRTY -> 30;
        };
    }
}
