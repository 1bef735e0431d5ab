package org.innkeeper.benchmark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One booking channel's client: searches and books, one request after another, for random stays
 * across the year (so bookings spread over the whole inventory), and remembers what it booked.
 */
final class ChannelClient {

    /** A room type as the first search offered it. */
    record RoomTypeOffer(String code, int maxOccupancy) {
    }

    /** Weights of stays of 1 to 7 nights: short stays are the most common, as in a city hotel. */
    private static final int[] NIGHTS_WEIGHTS = {30, 30, 18, 10, 6, 4, 2};
    /** Arrivals and departures stay within this many nights from the business date. */
    static final int SALE_DAYS = 365;
    private static final String[] FIRST = {"Anna", "James", "Maria", "Oliver", "Sophie", "Lukas", "Elena", "Marco",
        "Ivan", "Olga", "Pierre", "Camille", "Hiroshi", "Yuki", "Carlos", "Lucia"};
    private static final String[] LAST = {"Smith", "Müller", "Rossi", "Dubois", "Ivanov", "Petrova", "García",
        "Novak", "Jansen", "Kowalski", "Tanaka", "Andersson"};

    private final Channel channel;
    private final SplittableRandom random;
    private final LocalDate from;
    private final List<RoomTypeOffer> types;
    private final List<String> ratePlans;

    final List<String> created = new ArrayList<>();
    /** room type -> night -> rooms this client booked */
    final Map<String, Map<LocalDate, Integer>> bookedNights = new HashMap<>();
    /** Bookings sent whose outcome is unknown (no answer): the hotel may or may not hold them. */
    long unanswered;

    ChannelClient(Channel channel, long seed, LocalDate from, List<RoomTypeOffer> types, List<String> ratePlans) {
        this.channel = channel;
        this.random = new SplittableRandom(seed);
        this.from = from;
        this.types = types;
        this.ratePlans = ratePlans;
    }

    /** Runs the phase until it says stop; records only what starts while it measures. */
    void run(Phase phase, Map<Operation, OperationStats> stats) {
        while (phase.take()) {
            boolean measured = phase.measuring();
            Operation op = phase.mix().next(random);
            long started = System.nanoTime();
            int status;
            try {
                status = op == Operation.SEARCH ? search() : book();
            } catch (IOException e) {
                status = OperationStats.NO_ANSWER;
                if (op == Operation.BOOKING) {
                    unanswered++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long micros = (System.nanoTime() - started) / 1000;
            if (measured) {
                stats.get(op).record(status, micros);
            }
        }
    }

    private int search() throws IOException, InterruptedException {
        int nights = nights();
        LocalDate arrival = arrival(nights);
        return channel.search(arrival, arrival.plusDays(nights), 1 + random.nextInt(2));
    }

    private int book() throws IOException, InterruptedException {
        RoomTypeOffer type = types.get(random.nextInt(types.size()));
        int nights = nights();
        LocalDate arrival = arrival(nights);
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Channel.Booking booking = new Channel.Booking(type.code(), ratePlans.get(random.nextInt(ratePlans.size())),
                arrival, arrival.plusDays(nights), 1 + random.nextInt(Math.min(2, type.maxOccupancy())),
                String.format("%04d", random.nextInt(10_000)), first, last,
                (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + random.nextInt(10_000) + "@example.com");
        Channel.Booked answer = channel.book(booking);
        if (answer.status() == 201) {
            created.add(answer.confirmationNumber());
            for (int n = 0; n < nights; n++) {
                bookedNights.computeIfAbsent(type.code(), k -> new HashMap<>()).merge(arrival.plusDays(n), 1, Integer::sum);
            }
        }
        return answer.status();
    }

    private int nights() {
        int total = 0;
        for (int w : NIGHTS_WEIGHTS) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < NIGHTS_WEIGHTS.length; i++) {
            roll -= NIGHTS_WEIGHTS[i];
            if (roll < 0) {
                return i + 1;
            }
        }
        return NIGHTS_WEIGHTS.length;
    }

    private LocalDate arrival(int nights) {
        return from.plusDays(random.nextInt(SALE_DAYS - nights + 1));
    }
}
