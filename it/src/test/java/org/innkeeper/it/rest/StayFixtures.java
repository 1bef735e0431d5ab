package org.innkeeper.it.rest;

import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.booking;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;
import static org.innkeeper.it.rest.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guests for the browser tests of the stay, made through the REST API as the front desk would:
 * booked, and checked in where a test needs a guest in the house. Every test makes its own.
 */
public final class StayFixtures {

    private static final List<String> ROOM_TYPES = List.of("STD", "TWN", "SUP", "FAM", "STE");

    /** A reservation, and its room once checked in. */
    public record Guest(String confirmationNumber, String name, String roomType, String roomNumber,
                        LocalDate arrival, LocalDate departure) {
    }

    private StayFixtures() {
    }

    public static LocalDate today() {
        return Api.businessDate();
    }

    /**
     * A guest checked in today for the nights asked, in the first room type with a room free and
     * ready now (a booking that gets no ready room is cancelled again).
     */
    public static Guest inHouse(String lastName, int nights) {
        return inHouse(lastName, nights, null);
    }

    /** As {@link #inHouse(String, int)}, the guest booked with an e-mail address (null: none). */
    public static Guest inHouse(String lastName, int nights, String email) {
        LocalDate today = today();
        for (String type : ROOM_TYPES) {
            Guest booked = book(type, lastName, today, nights, email);
            if (booked == null) {
                continue;
            }
            List<JsonNode> rooms = assignable(booked);
            if (rooms.isEmpty() && cleanVacantRooms(type) > 0) {
                rooms = assignable(booked);
            }
            if (rooms.isEmpty()) {
                post("/reservations/" + booked.confirmationNumber() + "/cancel", FRONT_DESK, null).ok(200);
                continue;
            }
            String room = rooms.get(0).path("number").asText();
            post("/frontdesk/reservations/" + booked.confirmationNumber() + "/check-in", FRONT_DESK,
                    // before the hotel's check-in hour an early check-in is charged; the fixtures waive it so that
                    // folios hold only what a test posts, at whatever hour it runs
                    Map.of("roomNumber", room, "documentType", "PASSPORT", "documentNumber", "P" + Math.abs(lastName.hashCode()),
                            "earlyCheckInFee", 0))
                    .ok(200);
            return new Guest(booked.confirmationNumber(), booked.name(), type, room, booked.arrival(), booked.departure());
        }
        throw new AssertionError("no room type has a room free and ready today");
    }

    private static List<JsonNode> assignable(Guest booked) {
        return list(get("/frontdesk/reservations/" + booked.confirmationNumber() + "/assignable-rooms", FRONT_DESK).ok(200));
    }

    /**
     * Housekeeping's work done for a test: the type's vacant dirty rooms nobody arrives in today
     * reported clean (earlier tests leave rooms dirty behind them). Returns how many.
     */
    public static int cleanVacantRooms(String roomType) {
        List<JsonNode> dirty = rooms().stream()
                .filter(r -> r.path("roomType").asText().equals(roomType) && r.path("occupancy").asText().equals("VACANT")
                        && r.path("housekeeping").asText().equals("DIRTY") && !r.path("arrivalToday").asBoolean())
                .toList();
        dirty.forEach(r -> put("/rooms/" + r.path("number").asText() + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN")).ok(200));
        return dirty.size();
    }

    /** A reservation without a room, arriving on the date, in the first room type still for sale. */
    public static Guest booked(String lastName, LocalDate arrival, int nights) {
        for (String type : ROOM_TYPES) {
            Guest booked = book(type, lastName, arrival, nights, null);
            if (booked != null) {
                return booked;
            }
        }
        throw new AssertionError("nothing is for sale from " + arrival);
    }

    private static Guest book(String type, String lastName, LocalDate arrival, int nights, String email) {
        Map<String, Object> booking = booking(type, "BAR", arrival, arrival.plusDays(nights), 1, lastName);
        if (email != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> guest = (Map<String, Object>) booking.get("guest");
            guest.put("email", email);
        }
        Api.Reply reply = post("/reservations", FRONT_DESK, booking);
        if (reply.status() != 201) {
            return null;
        }
        String cn = reply.json().path("confirmationNumber").asText();
        return new Guest(cn, "Ada " + lastName, type, null, arrival, arrival.plusDays(nights));
    }

    /**
     * Gives back what a test took, as far as the hotel allows: moves planned for the guest called
     * off (a check-in with one can't be undone), the check-in undone and the reservation cancelled,
     * so that tonight's rooms are for sale again to the tests after it.
     * Best effort: what can't be undone any more (a checked-out guest) stays as it is.
     */
    public static void release(Guest guest) {
        plannedMoves(guest.confirmationNumber())
                .forEach(m -> post("/frontdesk/moves/" + m.path("id").asText() + "/cancel", FRONT_DESK, null));
        Api.Reply undone = post("/frontdesk/reservations/" + guest.confirmationNumber() + "/check-in/undo", FRONT_DESK,
                Map.of("reason", "test over"));
        if (undone.status() == 409 && "IN_HOUSE".equals(stay(guest.confirmationNumber()).path("status").asText())) {
            // something was posted: the guest settles, leaves, and the room is made ready again
            JsonNode folio = get("/frontdesk/reservations/" + guest.confirmationNumber() + "/folio", FRONT_DESK).ok(200);
            folio.path("windows").forEach(w -> {
                java.math.BigDecimal owed = w.path("balance").decimalValue();
                if (owed.signum() > 0) {
                    post("/frontdesk/reservations/" + guest.confirmationNumber() + "/folio/payments", FRONT_DESK,
                            Map.of("method", "CASH", "amount", owed, "window", w.path("number").asInt()));
                } else if (owed.signum() < 0) {
                    post("/frontdesk/reservations/" + guest.confirmationNumber() + "/folio/refunds", FRONT_DESK,
                            Map.of("method", "CASH", "amount", owed.negate(), "reason", "test over"));
                }
            });
            post("/frontdesk/reservations/" + guest.confirmationNumber() + "/check-out", FRONT_DESK, null);
            put("/rooms/" + guest.roomNumber() + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN"));
            return;
        }
        post("/reservations/" + guest.confirmationNumber() + "/cancel", FRONT_DESK, null);
    }

    /** Rooms ready for a guest now (vacant, not dirty, not blocked) that no arrival of today holds, by room type. */
    public static Map<String, Integer> readyRoomsByType() {
        Map<String, Integer> ready = new HashMap<>();
        for (JsonNode room : rooms()) {
            if ("VACANT".equals(room.path("occupancy").asText()) && !"DIRTY".equals(room.path("housekeeping").asText())
                    && !room.hasNonNull("block") && !room.path("arrivalToday").asBoolean()) {
                ready.merge(room.path("roomType").asText(), 1, Integer::sum);
            }
        }
        return ready;
    }

    /** The moves planned for a stay and not yet carried out or called off (SCHEDULED), from the API. */
    public static List<JsonNode> plannedMoves(String confirmationNumber) {
        return list(get("/frontdesk/moves?date=" + today().plusDays(400), FRONT_DESK).ok(200)).stream()
                .filter(m -> m.path("confirmationNumber").asText().equals(confirmationNumber))
                .toList();
    }

    /** The stay as the desk's API has it now (departure, roomNumber, status, history). */
    public static JsonNode stay(String confirmationNumber) {
        return get("/frontdesk/reservations/" + confirmationNumber + "/stay", FRONT_DESK).ok(200);
    }

    /** A room as the desk has it now (occupancy, housekeeping, block). */
    public static JsonNode room(String number) {
        return rooms().stream().filter(r -> r.path("number").asText().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no room " + number));
    }

    /** Some vacant room nobody arrives in today, not blocked, made dirty: work for housekeeping. */
    public static String dirtyVacantRoom() {
        List<JsonNode> vacant = new ArrayList<>(rooms().stream()
                .filter(r -> r.path("occupancy").asText().equals("VACANT") && !r.hasNonNull("block")
                        && !r.path("arrivalToday").asBoolean())
                .toList());
        if (vacant.isEmpty()) {
            throw new AssertionError("no vacant room to dirty");
        }
        Collections.shuffle(vacant);
        String number = vacant.get(0).path("number").asText();
        put("/rooms/" + number + "/housekeeping", FRONT_DESK, Map.of("status", "DIRTY")).ok(200);
        return number;
    }

    /** A random room's number. */
    public static String anyRoom() {
        List<JsonNode> all = new ArrayList<>(rooms());
        Collections.shuffle(all);
        return all.get(0).path("number").asText();
    }

    private static List<JsonNode> rooms() {
        return list(get("/rooms", FRONT_DESK).ok(200));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /**
     * Settles and checks out the guests the audit's blocking pre-check names (paying what they owe by
     * card), all but {@code keep} of them. Returns how many left.
     */
    public static int checkOutDueOuts(JsonNode status, int keep) {
        List<String> due = new ArrayList<>();
        status.path("checks").forEach(check -> {
            if ("BLOCKING".equals(check.path("severity").asText())) {
                check.path("items").forEach(item -> due.add(item.asText().split(" · ")[0]));
            }
        });
        int left = 0;
        for (String cn : due.subList(0, Math.max(0, due.size() - keep))) {
            settleWindows(cn, true);
            post("/frontdesk/reservations/" + cn + "/check-out", FRONT_DESK, null).ok(200);
            left++;
        }
        return left;
    }

    /**
     * Settles a stay's windows over the API: a company's window billed to its account, any other paid by
     * card; the guest's own window (1) too when {@code guestsToo}. Returns the stay's confirmation number.
     */
    public static String settleWindows(String cn, boolean guestsToo) {
        JsonNode folio = get("/frontdesk/reservations/" + cn + "/folio", FRONT_DESK).ok(200);
        for (JsonNode w : folio.path("windows")) {
            int number = w.path("number").asInt();
            java.math.BigDecimal owed = w.path("balance").decimalValue();
            if (owed.signum() <= 0 || (number == 1 && !guestsToo)) {
                continue;
            }
            if (w.hasNonNull("companyId")) {
                post("/frontdesk/reservations/" + cn + "/folio/windows/" + number + "/direct-bill", FRONT_DESK, null)
                        .ok(201);
            } else {
                post("/frontdesk/reservations/" + cn + "/folio/payments", FRONT_DESK, Map.of("method", "CARD",
                        "amount", owed, "cardLast4", "1111", "window", number)).ok(201);
            }
        }
        return cn;
    }
}
