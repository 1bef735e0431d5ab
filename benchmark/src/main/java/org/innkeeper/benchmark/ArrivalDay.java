package org.innkeeper.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A busy arrival day at the 500-room benchmark hotel: books {@code --arrivals} guests (default 200)
 * for one date through the channel API, then times what the desk does with them: the auto-assignment
 * of the whole day (once: it gives every room) and the room rack for 31 nights (several times).
 * Prints the figures and appends them to {@code --report}.
 */
public final class ArrivalDay {

    private ArrivalDay() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(filter(args, "--arrivals", "--rack-runs"));
        int arrivals = intArg(args, "--arrivals", 200);
        int rackRuns = intArg(args, "--rack-runs", 7);
        Api api = new Api(options);
        LocalDate day = options.from().plusDays(1);
        Random random = new Random(options.seed());

        JsonNode search = api.search(day, day.plusDays(2), 1).json();
        List<String> types = new ArrayList<>();
        search.path("offers").forEach(o -> {
            String type = o.path("roomType").asText();
            if (!types.contains(type) && o.path("ratePlan").asText().equals("BAR")) {
                types.add(type);
            }
        });
        int booked = 0;
        for (int i = 0; booked < arrivals && i < arrivals * 3; i++) {
            String type = types.get(i % types.size());
            ObjectNode request = Api.JSON.createObjectNode();
            request.put("roomType", type).put("ratePlan", "BAR").put("arrival", day.toString())
                    .put("departure", day.plusDays(1 + random.nextInt(4)).toString()).put("adults", 1);
            request.putObject("guest").put("firstName", "Arrival").put("lastName", "Guest" + i);
            if (api.book(request).status() == 201) {
                booked++;
            }
        }

        long started = System.nanoTime();
        Api.Answer assigned = api.autoAssign(day);
        double assignMillis = (System.nanoTime() - started) / 1e6;
        JsonNode result = assigned.json();
        int given = result.path("assigned").size();
        int notGiven = result.path("notAssigned").size();

        long[] rack = new long[rackRuns];
        int rooms = 0;
        for (int i = 0; i < rackRuns; i++) {
            long t = System.nanoTime();
            Api.Answer answer = api.rack(options.from(), 31);
            rack[i] = (System.nanoTime() - t) / 1_000;
            rooms = answer.json().path("rooms").size();
        }
        long[] sorted = rack.clone();
        Arrays.sort(sorted);
        String report = String.format("""
                Arrival day at the benchmark hotel (%s)
                  arrivals booked for %s: %d
                  auto-assign of the day: %.0f ms round trip (server: %d ms); %d given a room, %d not
                  room rack, %d rooms x 31 nights, %d runs: first %.1f ms, median %.1f ms, max %.1f ms
                """, options.url(), day, booked, assignMillis, result.path("millis").asLong(), given, notGiven,
                rooms, rackRuns, rack[0] / 1000.0, sorted[rackRuns / 2] / 1000.0, sorted[rackRuns - 1] / 1000.0);
        System.out.print(report);
        if (options.report() != null) {
            Files.writeString(options.report(), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (assigned.status() != 200 || given == 0) {
            System.err.println("auto-assignment failed: " + assigned.status() + " " + assigned.body());
            System.exit(1);
        }
    }

    private static int intArg(String[] args, String name, int absent) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return absent;
    }

    /** The arguments without this program's own, for the shared options parser. */
    private static String[] filter(String[] args, String... own) throws IOException {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (Arrays.asList(own).contains(args[i])) {
                i++;
            } else {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }
}
