package org.innkeeper.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rooms per room type and night as the hotel's availability grid shows them, and the invariant
 * check against what the generator booked.
 */
final class Inventory {

    /** One room type on one night: its rooms, rooms left and rooms sold. */
    record Night(int rooms, int left, int sold) {
    }

    /** type code -> night -> figures */
    private final Map<String, Map<LocalDate, Night>> nights = new TreeMap<>();

    void put(String roomType, LocalDate night, Night figures) {
        nights.computeIfAbsent(roomType, k -> new TreeMap<>()).put(night, figures);
    }

    Night get(String roomType, LocalDate night) {
        return nights.getOrDefault(roomType, Map.of()).get(night);
    }

    int size() {
        return nights.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * What is wrong, empty when nothing is: on every night of every room type, rooms sold stay
     * within the rooms there are (the benchmark hotel sells no more than it has), and the rooms sold
     * since {@code before} are exactly the room nights the generator was told it booked.
     */
    static List<String> violations(Inventory before, Inventory after, Map<String, Map<LocalDate, Integer>> booked) {
        List<String> problems = new ArrayList<>();
        for (var type : after.nights.entrySet()) {
            for (var entry : type.getValue().entrySet()) {
                Night now = entry.getValue();
                String where = type.getKey() + " " + entry.getKey();
                if (now.sold() > now.rooms()) {
                    problems.add(where + ": " + now.sold() + " sold of " + now.rooms() + " rooms (oversold)");
                }
                Night then = before.get(type.getKey(), entry.getKey());
                int soldBefore = then == null ? 0 : then.sold();
                int expected = booked.getOrDefault(type.getKey(), Map.of()).getOrDefault(entry.getKey(), 0);
                if (now.sold() - soldBefore != expected) {
                    problems.add(where + ": " + (now.sold() - soldBefore) + " rooms sold during the run, but the"
                            + " generator booked " + expected);
                }
            }
        }
        for (var type : booked.entrySet()) {
            for (var entry : type.getValue().entrySet()) {
                if (entry.getValue() > 0 && after.get(type.getKey(), entry.getKey()) == null) {
                    problems.add(type.getKey() + " " + entry.getKey() + ": booked " + entry.getValue()
                            + " but the grid does not show that night");
                }
            }
        }
        return problems;
    }

    /** What differs between the reservations the generator created and those the hotel holds for the channel. */
    static List<String> reservationViolations(Set<String> created, Set<String> held) {
        List<String> problems = new ArrayList<>();
        Set<String> missing = new TreeSet<>(created);
        missing.removeAll(held);
        Set<String> extra = new TreeSet<>(held);
        extra.removeAll(created);
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " reservations confirmed to the generator are not held by the hotel, e.g. "
                    + missing.iterator().next());
        }
        if (!extra.isEmpty()) {
            problems.add(extra.size() + " reservations held for the channel were never confirmed to the generator, e.g. "
                    + extra.iterator().next());
        }
        return problems;
    }
}
