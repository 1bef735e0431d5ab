package org.innkeeper.domain.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.LoyaltyTier;
import org.junit.jupiter.api.Test;

class RoomChooserTest {

    private final RoomType std = new RoomType("STD", "Standard", 2, 0);
    private long ids;

    private Room room(String number, int floor, HousekeepingStatus status, RoomFeature... features) {
        Room room = new Room(number, floor, std);
        room.changeHousekeeping(status);
        room.describe(Set.of(features));
        try {
            Field id = Room.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(room, ++ids);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return room;
    }

    private static Guest guest(RoomFeature... wishes) {
        Guest g = new Guest("Ada", "Lovelace", null, null, Instant.EPOCH);
        g.describe(new Guest.Profile("en", 0, LoyaltyTier.NONE, Set.of(wishes), null, null, null, null, null, null));
        return g;
    }

    @Test
    void inspectedBeforeCleanBeforeDirtyBeforeStillOccupied() {
        Room dirty = room("101", 1, HousekeepingStatus.DIRTY);
        Room clean = room("102", 1, HousekeepingStatus.CLEAN);
        Room inspected = room("103", 1, HousekeepingStatus.INSPECTED);
        Room occupied = room("104", 1, HousekeepingStatus.INSPECTED);
        occupied.occupy();
        assertThat(RoomChooser.choose(guest(), List.of(dirty, clean, inspected, occupied), Set.of(), List.of()))
                .contains(inspected);
        assertThat(RoomChooser.choose(guest(), List.of(dirty, clean, occupied), Set.of(), List.of())).contains(clean);
        assertThat(RoomChooser.choose(guest(), List.of(dirty, occupied), Set.of(), List.of())).contains(dirty);
        assertThat(RoomChooser.choose(guest(), List.of(), Set.of(), List.of())).isEmpty();
    }

    @Test
    void theGuestsWishesComeBeforeReadinessAndOutOfServiceComesLast() {
        Room quietClean = room("201", 2, HousekeepingStatus.CLEAN, RoomFeature.QUIET);
        Room inspected = room("202", 2, HousekeepingStatus.INSPECTED);
        assertThat(RoomChooser.choose(guest(RoomFeature.QUIET), List.of(inspected, quietClean), Set.of(), List.of()))
                .contains(quietClean);
        assertThat(RoomChooser.choose(guest(RoomFeature.QUIET), List.of(inspected, quietClean),
                Set.of(quietClean.id()), List.of())).as("a room out of service only if nothing else").contains(inspected);
    }

    @Test
    void aBookingsRoomsStayTogether() {
        Room a = room("301", 3, HousekeepingStatus.DIRTY);
        Room b = room("302", 3, HousekeepingStatus.DIRTY);
        Room alone = room("401", 4, HousekeepingStatus.INSPECTED);
        Room floor1 = room("105", 1, HousekeepingStatus.INSPECTED);
        a.connectTo(b);
        assertThat(RoomChooser.choose(guest(), List.of(a, b, alone, floor1), Set.of(), List.of(), 2))
                .as("the first room where the second can follow through a door").hasValueSatisfying(
                        r -> assertThat(r.number()).isIn("301", "302"));
        assertThat(RoomChooser.choose(guest(), List.of(b, alone, floor1), Set.of(), List.of(a)))
                .as("the second behind the connecting door").contains(b);
        Room sameFloor = room("303", 3, HousekeepingStatus.DIRTY);
        assertThat(RoomChooser.choose(guest(), List.of(sameFloor, alone, floor1), Set.of(), List.of(a)))
                .as("else on the same floor").contains(sameFloor);
    }
}
