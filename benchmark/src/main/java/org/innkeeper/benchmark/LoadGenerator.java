package org.innkeeper.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The load generator: N channel clients drive the availability search and booking API of a
 * running Innkeeper (seeded with {@code -Dinnkeeper.seed=benchmark}) in one or more search:booking
 * mixes, print throughput and latency per operation, then check the inventory invariant. See
 * docs/benchmarks.md.
 */
public final class LoadGenerator {

    private static final int GRID_DAYS = 62;
    /** The label of the phase of requests refused before any work ({@code --floor yes}). */
    private static final String FLOOR = "floor (searches refused at once with 422)";
    /** Where the report goes: standard output, and the --report file if given. */
    private static PrintStream OUT = System.out;

    private final Options options;
    private final Api api;
    /** The server's process when it runs here (for its CPU time per request), else null. */
    private ProcessHandle server;

    private LoadGenerator(Options options) {
        this.options = options;
        this.api = new Api(options);
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            markFailed(2);
            System.exit(2);
            return;
        }
        int exit;
        try (PrintStream report = options.report() == null ? null
                : new PrintStream(java.nio.file.Files.newOutputStream(options.report()), true, StandardCharsets.UTF_8)) {
            if (report != null) {
                OUT = new PrintStream(new TeeOutputStream(System.out, report), true, StandardCharsets.UTF_8);
            }
            try {
                exit = new LoadGenerator(options).run() ? 0 : 1;
            } catch (IOException | IllegalStateException e) {
                OUT.println("Cannot drive " + options.url() + ": " + e);
                exit = 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exit = 2;
            }
            OUT.flush();
        } catch (IOException e) {
            System.err.println("Cannot write the report " + options.report() + ": " + e.getMessage());
            exit = 2;
        }
        if (exit != 0) {
            markFailed(exit);
        }
        System.exit(exit);
    }

    /** For the Maven profile, which lets the server shut down first and then fails the build on this file. */
    private static void markFailed(int exit) {
        String marker = System.getProperty("bench.failedMarker");
        if (marker != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(marker), "exit " + exit + System.lineSeparator());
            } catch (IOException e) {
                System.err.println("Cannot write " + marker + ": " + e.getMessage());
            }
        }
    }

    /** Writes to two streams. */
    private static final class TeeOutputStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeOutputStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }

    /** Runs every phase and the check; true when the invariant holds. */
    boolean run() throws IOException, InterruptedException {
        OUT.printf(Locale.ROOT, "Innkeeper load generator: %s, %d clients, mixes %s, %s each after %d s warm-up;"
                        + " client JVM: %d processors, Java %s%n", options.url(), options.clients(), options.mixes(),
                options.requests() > 0 ? options.requests() + " requests" : options.duration().toSeconds() + " s",
                options.warmup().toSeconds(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<String> ratePlans = new ArrayList<>();
        List<ChannelClient.RoomTypeOffer> types = discover(ratePlans);
        OUT.printf(Locale.ROOT, "Offered: %d room types, rate plans %s%n", types.size(), ratePlans);
        server = ProcessCpu.findServer(options.url()).orElse(null);
        OUT.println(server == null ? "Server process not found on this machine: its CPU time is not reported"
                : "Server process " + server.pid() + ": its CPU time per request is reported");
        Instant runStart = Instant.now();
        Inventory before = inventory();

        List<ChannelClient> clients = new ArrayList<>();
        List<ChannelClient> rawClients = new ArrayList<>();
        List<RawSqlChannel> rawChannels = new ArrayList<>();
        RestChannel rest = new RestChannel(api);
        for (int i = 0; i < options.clients(); i++) {
            clients.add(client(rest, i, types, ratePlans));
        }
        Map<Mix, Double> rawSearches = new LinkedHashMap<>();
        try {
            for (int i = 0; options.raw() && i < options.clients(); i++) {
                rawChannels.add(new RawSqlChannel(options.rawJdbc(), options));
                // Other seeds than the REST clients' (the same stays would only meet sold-out nights), same choices.
                rawClients.add(new ChannelClient(rawChannels.get(i), options.seed() * 1_000_003L + 500_000 + i,
                        options.from(), types, ratePlans));
            }
            for (Mix mix : options.mixes()) {
                if (!options.raw()) {
                    runPhase("REST", mix, clients);
                    continue;
                }
                List<PhaseResult> restRuns = new ArrayList<>();
                List<PhaseResult> rawRuns = new ArrayList<>();
                for (int round = 0; round < options.rawRounds(); round++) {
                    restRuns.add(runPhase("REST", mix, clients));
                    rawRuns.add(runPhase("raw SQL", mix, rawClients));
                }
                reportRatio(mix, restRuns, rawRuns);
                rawSearches.put(mix, throughput(rawRuns, Operation.SEARCH));
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot connect to " + options.rawJdbc() + ": " + e.getMessage(), e);
        } finally {
            for (RawSqlChannel c : rawChannels) {
                try {
                    c.close();
                } catch (java.sql.SQLException e) {
                    // closing anyway
                }
            }
        }
        if (options.floor()) {
            floor(types, ratePlans, rawSearches);
        }
        // The raw bookings took inventory and are the channel's reservations too: the check counts them.
        List<ChannelClient> all = new ArrayList<>(clients);
        all.addAll(rawClients);
        return check(before, all, runStart);
    }

    /** One run of a phase: what each operation did, over how many seconds measured. */
    record PhaseResult(Map<Operation, OperationStats> stats, double seconds) {
        double perSecond(Operation op) {
            return stats.get(op).count() / seconds;
        }
    }

    /** Both sides of a phase summed over their runs, and REST's throughput over raw SQL's per operation. */
    /** The {@code i}th client over a channel: the same seed gives the same stays, parties and guests. */
    private ChannelClient client(Channel channel, int i, List<ChannelClient.RoomTypeOffer> types, List<String> ratePlans) {
        return new ChannelClient(channel, options.seed() * 1_000_003L + i, options.from(), types, ratePlans);
    }

    /**
     * Last, on a warm server: searches refused before any work, and what that allows against raw SQL's
     * searches of each phase.
     */
    private void floor(List<ChannelClient.RoomTypeOffer> types, List<String> ratePlans, Map<Mix, Double> rawSearches)
            throws InterruptedException {
        FloorChannel refused = new FloorChannel(api);
        List<ChannelClient> clients = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            clients.add(client(refused, i, types, ratePlans));
        }
        double floor = throughput(List.of(runPhase(FLOOR, new Mix(100, 0), clients)), Operation.SEARCH);
        OUT.printf(Locale.ROOT, "%nFLOOR: %.1f requests/s refused before any work; no REST search can do better%n", floor);
        rawSearches.forEach((mix, raw) -> {
            if (raw > 0) {
                OUT.printf(Locale.ROOT, "FLOOR search  %s: floor %.1f/s, raw SQL searches %.1f/s, floor/raw = %.2f%n",
                        mix, floor, raw, floor / raw);
            }
        });
    }

    private void reportRatio(Mix mix, List<PhaseResult> restRuns, List<PhaseResult> rawRuns) {
        OUT.printf(Locale.ROOT, "%nREST against raw SQL, phase %s, %d runs of each, interleaved:%n", mix, restRuns.size());
        for (Operation op : Operation.values()) {
            double rest = throughput(restRuns, op);
            double raw = throughput(rawRuns, op);
            if (raw > 0) {
                OUT.printf(Locale.ROOT, "RATIO %-7s %s: REST %.1f/s, raw SQL %.1f/s, REST/raw = %.2f%n",
                        op.name().toLowerCase(Locale.ROOT), mix, rest, raw, rest / raw);
            }
        }
    }

    static double throughput(List<PhaseResult> runs, Operation op) {
        long count = runs.stream().mapToLong(r -> r.stats().get(op).count()).sum();
        double seconds = runs.stream().mapToDouble(PhaseResult::seconds).sum();
        return seconds == 0 ? 0 : count / seconds;
    }

    /** The room types and rate plans on sale, from a search a month ahead. */
    private List<ChannelClient.RoomTypeOffer> discover(List<String> ratePlans) throws IOException, InterruptedException {
        Map<String, ChannelClient.RoomTypeOffer> types = new LinkedHashMap<>();
        LocalDate arrival = options.from().plusDays(30);
        Api.Answer answer = api.search(arrival, arrival.plusDays(1), 1);
        if (answer.status() != 200) {
            throw new IllegalStateException("the first search answered " + answer.status() + ": " + answer.body());
        }
        for (JsonNode offer : answer.json().path("offers")) {
            types.putIfAbsent(offer.path("roomType").asText(), new ChannelClient.RoomTypeOffer(
                    offer.path("roomType").asText(), offer.path("maxOccupancy").asInt(1)));
            if (!ratePlans.contains(offer.path("ratePlan").asText())) {
                ratePlans.add(offer.path("ratePlan").asText());
            }
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("nothing is offered on " + arrival + " (is the benchmark hotel seeded?)");
        }
        return new ArrayList<>(types.values());
    }

    private PhaseResult runPhase(String label, Mix mix, List<ChannelClient> clients) throws InterruptedException {
        Phase phase = new Phase(mix, options.requests());
        List<Map<Operation, OperationStats>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (ChannelClient client : clients) {
            Map<Operation, OperationStats> stats = new EnumMap<>(Operation.class);
            for (Operation op : Operation.values()) {
                stats.put(op, new OperationStats());
            }
            perClient.add(stats);
            Thread thread = new Thread(() -> client.run(phase, stats), "channel-client-" + threads.size());
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(options.warmup().toMillis());
        java.time.Duration serverCpu = ProcessCpu.cpu(server);
        java.time.Duration clientCpu = ProcessCpu.cpu(ProcessHandle.current());
        java.time.Duration databaseCpu = ProcessCpu.postgresCpu();
        long measureStart = System.nanoTime();
        phase.startMeasuring();
        if (!phase.countsRequests()) {
            Thread.sleep(options.duration().toMillis());
            phase.stop();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - measureStart) / 1e9;
        java.time.Duration serverCpuAfter = ProcessCpu.cpu(server);
        java.time.Duration clientCpuAfter = ProcessCpu.cpu(ProcessHandle.current());
        java.time.Duration databaseCpuAfter = ProcessCpu.postgresCpu();
        Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            OperationStats merged = new OperationStats();
            perClient.forEach(s -> merged.addAll(s.get(op)));
            total.put(op, merged);
        }
        report(label, mix, seconds, total);
        long requests = total.values().stream().mapToLong(OperationStats::count).sum();
        if (requests > 0 && serverCpu != null && serverCpuAfter != null) {
            double ms = serverCpuAfter.minus(serverCpu).toNanos() / 1e6;
            OUT.printf(Locale.ROOT, "server CPU: %.0f ms in %.1f s = %.2f cores busy, %.2f ms CPU per request%n",
                    ms, seconds, ms / 1000 / seconds, ms / requests);
        }
        if (requests > 0 && clientCpu != null && clientCpuAfter != null) {
            double ms = clientCpuAfter.minus(clientCpu).toNanos() / 1e6;
            OUT.printf(Locale.ROOT, "generator CPU: %.2f cores busy, %.2f ms CPU per request%n",
                    ms / 1000 / seconds, ms / requests);
        }
        if (requests > 0 && databaseCpu != null && databaseCpuAfter != null) {
            double ms = databaseCpuAfter.minus(databaseCpu).toNanos() / 1e6;
            OUT.printf(Locale.ROOT, "PostgreSQL CPU (all its processes here): %.2f cores busy, %.2f ms CPU per request%n",
                    ms / 1000 / seconds, ms / requests);
        }
        OUT.printf(Locale.ROOT, "machine load average now: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return new PhaseResult(total, seconds);
    }

    private void report(String label, Mix mix, double seconds, Map<Operation, OperationStats> stats) {
        OUT.printf(Locale.ROOT, "%n%s phase search:booking %s, %d clients, measured %.1f s%n", label, mix,
                options.clients(), seconds);
        OUT.printf(Locale.ROOT, "%-9s %8s %9s %8s %8s %8s %8s  %s%n", "operation", "count", "per s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "statuses");
        for (Operation op : Operation.values()) {
            OperationStats s = stats.get(op);
            Latencies l = s.latencies;
            OUT.printf(Locale.ROOT, "%-9s %8d %9.1f %8.1f %8.1f %8.1f %8.1f  %s%n", op.name().toLowerCase(Locale.ROOT),
                    s.count(), s.count() / seconds, l.percentile(50) / 1000.0, l.percentile(95) / 1000.0,
                    l.percentile(99) / 1000.0, l.max() / 1000.0, s.statuses);
        }
        OperationStats bookings = stats.get(Operation.BOOKING);
        OUT.printf(Locale.ROOT, "bookings: %d booked (%.1f/s), %d refused with 409 (nothing left), %d errors%n",
                bookings.withStatus(201), bookings.withStatus(201) / seconds, bookings.withStatus(409),
                bookings.errors(201, 409));
        int answer = FLOOR.equals(label) ? FloorChannel.REFUSED : 200;
        OUT.printf(Locale.ROOT, "searches: %d answered %d, %d errors%n", stats.get(Operation.SEARCH).withStatus(answer),
                answer, stats.get(Operation.SEARCH).errors(answer, answer));
    }

    /** The grid for every night the generator books in. */
    private Inventory inventory() throws IOException, InterruptedException {
        Inventory inventory = new Inventory();
        for (int offset = 0; offset < ChannelClient.SALE_DAYS; offset += GRID_DAYS) {
            int days = Math.min(GRID_DAYS, ChannelClient.SALE_DAYS - offset);
            Api.Answer answer = api.grid(options.from().plusDays(offset), days);
            if (answer.status() != 200) {
                throw new IllegalStateException("the availability grid answered " + answer.status() + ": " + answer.body());
            }
            JsonNode grid = answer.json();
            List<LocalDate> dates = new ArrayList<>();
            grid.path("dates").forEach(d -> dates.add(LocalDate.parse(d.asText())));
            for (JsonNode row : grid.path("rows")) {
                for (int i = 0; i < dates.size(); i++) {
                    inventory.put(row.path("roomType").asText(), dates.get(i), new Inventory.Night(row.path("rooms").asInt(),
                            row.path("left").get(i).asInt(), row.path("sold").get(i).asInt()));
                }
            }
        }
        return inventory;
    }

    /** The channel's reservations changed since the run started, by confirmation number. */
    private Set<String> heldForTheChannel(Instant since) throws IOException, InterruptedException {
        Set<String> held = new HashSet<>();
        Instant next = since;
        while (true) {
            Api.Answer answer = api.modifiedSince(next);
            if (answer.status() != 200) {
                throw new IllegalStateException("the reservations list answered " + answer.status() + ": " + answer.body());
            }
            JsonNode page = answer.json();
            int newOnes = 0;
            for (JsonNode r : page) {
                if (held.add(r.path("confirmationNumber").asText())) {
                    newOnes++;
                }
            }
            if (page.size() < 200) {
                return held;
            }
            Instant last = Instant.parse(page.get(page.size() - 1).path("modifiedAt").asText());
            if (newOnes == 0 && last.equals(next)) {
                throw new IllegalStateException("more than 200 reservations were modified at " + last
                        + "; the list cannot page past them");
            }
            next = last;
        }
    }

    private boolean check(Inventory before, List<ChannelClient> clients, Instant runStart)
            throws IOException, InterruptedException {
        Map<String, Map<LocalDate, Integer>> booked = new TreeMap<>();
        Set<String> created = new HashSet<>();
        long unanswered = 0;
        for (ChannelClient c : clients) {
            created.addAll(c.created);
            c.bookedNights.forEach((type, nights) -> nights.forEach((night, n) ->
                    booked.computeIfAbsent(type, k -> new HashMap<>()).merge(night, n, Integer::sum)));
            unanswered += c.unanswered;
        }
        Inventory after = inventory();
        Set<String> held = heldForTheChannel(runStart);
        List<String> problems = new ArrayList<>(Inventory.violations(before, after, booked));
        problems.addAll(Inventory.reservationViolations(created, held));
        long roomNights = booked.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
        OUT.printf(Locale.ROOT, "%nInvariant check over %d room-type nights: the generator created %d reservations"
                        + " (%d room nights, warm-ups included), the hotel holds %d for the channel since %s%n",
                after.size(), created.size(), roomNights, held.size(), runStart);
        if (unanswered > 0) {
            OUT.printf(Locale.ROOT, "%d bookings got no answer; the hotel may hold them%n", unanswered);
        }
        if (problems.isEmpty()) {
            OUT.println("INVARIANT HOLDS: no night sold beyond its rooms; rooms sold = room nights booked;"
                    + " reservations held = reservations confirmed");
            return true;
        }
        OUT.println("INVARIANT FAILED (" + problems.size() + " problems):");
        problems.stream().limit(20).forEach(p -> OUT.println("  " + p));
        return false;
    }
}
