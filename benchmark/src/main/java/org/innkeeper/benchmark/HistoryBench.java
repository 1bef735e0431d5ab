package org.innkeeper.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The searches and reports of issue 11 timed one at a time through REST on a hotel with years of
 * history (HistoryGenerator): median and p99 of each over many runs, after a warm-up, each beside its
 * target. The machine's load is printed with the figures: they mean little on a busy machine.
 *
 * <pre>java -cp ... org.innkeeper.benchmark.HistoryBench --url http://localhost:8280
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/innkeeper_bench [--runs 200] [--report FILE]</pre>
 */
public final class HistoryBench {

    private HistoryBench() {
    }

    record Probe(String name, String path, boolean channel, long targetMillis) {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8280";
        String jdbc = "jdbc:postgresql://127.0.0.1:5432/innkeeper_bench";
        int runs = 200;
        Path report = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--jdbc" -> jdbc = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String lastName;
        String email;
        String phone;
        String number;
        long reservations;
        LocalDate today;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             Statement s = c.createStatement()) {
            reservations = count(s, "select count(*) from reservation");
            ResultSet g = s.executeQuery("select last_name, email, phone from guest where id = "
                    + (HistoryGenerator.FIRST_ID + 4242));
            g.next();
            lastName = g.getString(1);
            email = g.getString(2);
            phone = g.getString(3);
            ResultSet r = s.executeQuery("select confirmation_number from reservation where id = "
                    + (HistoryGenerator.FIRST_ID + 424242));
            r.next();
            number = r.getString(1);
            ResultSet d = s.executeQuery("select business_date from hotel order by id limit 1");
            d.next();
            today = d.getDate(1).toLocalDate();
        }
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        LocalDate oldMonth = today.minusYears(5).withDayOfMonth(1);
        List<Probe> probes = List.of(
                // what every staff call costs before any search: HTTP and the Basic login's PBKDF2 check
                new Probe("staff baseline: guests?q= (no query runs)", "guests?q=", false, 50),
                new Probe("guest search, last name prefix (match)", "guests?q=" + enc(lastName.substring(0, 5)), false, 50),
                new Probe("guest search, no match", "guests?q=zzqxv", false, 50),
                new Probe("guest search, e-mail", "guests?q=" + enc(email), false, 50),
                new Probe("guest search, phone", "guests?q=" + enc(phone), false, 50),
                new Probe("channel: reservation by confirmation number", "reservations/" + number, true, 50),
                new Probe("occupancy report, last month", "reports/occupancy?from=" + lastMonth + "&to="
                        + lastMonth.plusMonths(1).minusDays(1), false, 50),
                new Probe("occupancy report, a month 5 years ago", "reports/occupancy?from=" + oldMonth + "&to="
                        + oldMonth.plusMonths(1).minusDays(1), false, 50),
                new Probe("occupancy report, past year", "reports/occupancy?from=" + today.minusDays(365) + "&to="
                        + today.minusDays(1), false, 150),
                new Probe("occupancy report, year ahead", "reports/occupancy?from=" + today + "&to="
                        + today.plusDays(365), false, 150),
                new Probe("manager's report, yesterday", "reports/manager?date=" + today.minusDays(1), false, 300),
                new Probe("arrivals board, today", "frontdesk/arrivals/board", false, 100));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String staff = "Basic " + Base64.getEncoder().encodeToString("bench-manager:bench-manager"
                .getBytes(StandardCharsets.UTF_8));
        String channel = "Bearer bench-channel-key";
        Map<Probe, Latencies> results = new LinkedHashMap<>();
        String loadBefore = load();
        for (Probe p : probes) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/" + p.path()))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                    .header("Authorization", p.channel() ? channel : staff).GET().build();
            Latencies latencies = new Latencies();
            for (int i = 0; i < runs + runs / 10; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - start) / 1000;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(p.name() + ": " + answer.statusCode() + " " + answer.body());
                }
                if (i >= runs / 10) {
                    latencies.record(micros);
                }
            }
            results.put(p, latencies);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("History bench: %,d reservations, business date %s, %d runs each after %d warm-up,"
                + " one at a time; load before %s, after %s", reservations, today, runs, runs / 10, loadBefore, load()));
        lines.add(String.format("%-46s %9s %9s %8s  %s", "request", "median ms", "p99 ms", "target", "met"));
        results.forEach((p, l) -> lines.add(String.format("%-46s %9.1f %9.1f %8d  %s", p.name(),
                l.percentile(50) / 1000.0, l.percentile(99) / 1000.0, p.targetMillis(),
                l.percentile(99) / 1000.0 <= p.targetMillis() ? "yes" : "NO (p99)")));
        lines.forEach(System.out::println);
        if (report != null) {
            Files.write(report, lines);
        }
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
