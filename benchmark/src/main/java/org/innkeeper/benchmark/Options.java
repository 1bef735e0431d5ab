package org.innkeeper.benchmark;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line. Every option is {@code --name value}; anything unknown or malformed is refused
 * with a message that names it.
 */
record Options(URI url, String apiKey, String staffUser, String staffPassword, int clients, Duration duration,
               long requests, List<Mix> mixes, Duration warmup, long seed, LocalDate from, java.nio.file.Path report,
               String rawJdbc, int rawRounds, boolean floor) {

    static final String USAGE = """
            Innkeeper load generator: N channel clients search and book over the REST API.
              --url URL            the server (default http://localhost:8280, port offset 200)
              --api-key KEY        the channel's API key (default bench-channel-key, from -Dinnkeeper.seed=benchmark)
              --staff USER:PASS    staff login for the availability grid in the invariant check
                                   (default bench-manager:bench-manager)
              --clients N          concurrent clients (default 16)
              --duration SECONDS   how long each phase measures (default 60)
              --requests N         or: how many requests each phase measures (all clients together)
              --mix S:B[,S:B...]   search:booking weights, one phase each (default 80:20), e.g. 100:0,0:100,80:20
              --warmup SECONDS     unmeasured load before each phase (default 10)
              --seed N             random seed for stays, room types and guests (default 42)
              --from DATE          the hotel's business date (default today)
              --report FILE        also write what is printed to this file
              --raw-jdbc URL       also run the raw-SQL baseline (PostgreSQL): each phase alternates REST and
                                   the same statements over JDBC, e.g. jdbc:postgresql://127.0.0.1:5432/innkeeper_bench?user=postgres
                                   (none or blank: no baseline)
              --raw-rounds N       REST, raw pairs per phase with --raw-jdbc (default 2; 0: no baseline)
              --floor yes|no       last, a phase of searches the server refuses before any work (422: the arrival
                                   is not a date): what HTTP, security and JAX-RS cost alone (default no)
            Exit code: 0 if the invariant check passes, 1 if it fails, 2 for bad options or no server.""";

    static Options parse(String... args) {
        URI url = URI.create("http://localhost:8280");
        String apiKey = "bench-channel-key";
        String staff = "bench-manager:bench-manager";
        int clients = 16;
        Duration duration = Duration.ofSeconds(60);
        long requests = 0;
        List<Mix> mixes = List.of(new Mix(80, 20));
        Duration warmup = Duration.ofSeconds(10);
        long seed = 42;
        LocalDate from = LocalDate.now();
        java.nio.file.Path report = null;
        String rawJdbc = null;
        int rawRounds = 2;
        boolean floor = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("expected an option (--name value), not '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--url" -> url = url(value);
                case "--api-key" -> apiKey = nonBlank(name, value);
                case "--staff" -> {
                    if (!value.matches("[^:]+:.+")) {
                        throw new IllegalArgumentException("--staff is USER:PASSWORD, not '" + value + "'");
                    }
                    staff = value;
                }
                case "--clients" -> clients = (int) number(name, value, 1, 1024);
                case "--duration" -> duration = Duration.ofSeconds(number(name, value, 1, 86_400));
                case "--requests" -> requests = number(name, value, 1, Long.MAX_VALUE);
                case "--mix" -> mixes = mixes(value);
                case "--warmup" -> warmup = Duration.ofSeconds(number(name, value, 0, 3600));
                case "--seed" -> seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--from" -> from = date(name, value);
                case "--report" -> report = java.nio.file.Path.of(nonBlank(name, value));
                case "--raw-jdbc" -> rawJdbc = value.isBlank() || value.equals("none") ? null : jdbcUrl(value);
                case "--raw-rounds" -> rawRounds = (int) number(name, value, 0, 100);
                case "--floor" -> floor = yesOrNo(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        int colon = staff.indexOf(':');
        return new Options(url, apiKey, staff.substring(0, colon), staff.substring(colon + 1), clients, duration,
                requests, mixes, warmup, seed, from, report,
                rawRounds == 0 ? null : rawJdbc, rawRounds, floor);
    }

    private static boolean yesOrNo(String name, String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be yes or no, not '" + value + "'");
        };
    }

    private static URI url(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url must be an http(s) URL, not '" + value + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url must be an http(s) URL, not '" + value + "'");
        }
    }

    private static String jdbcUrl(String value) {
        if (!value.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--raw-jdbc must be a jdbc:postgresql: URL, not '" + value + "'");
        }
        return value;
    }

    /** Whether the raw-SQL baseline runs beside the REST load. */
    boolean raw() {
        return rawJdbc != null;
    }

    private static String nonBlank(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " cannot be blank");
        }
        return value;
    }

    private static long number(String name, String value, long min, long max) {
        String digits = value.trim();
        if (name.equals("--duration") || name.equals("--warmup")) {
            digits = digits.endsWith("s") ? digits.substring(0, digits.length() - 1) : digits;
        }
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    private static List<Mix> mixes(String value) {
        List<Mix> list = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            try {
                list.add(Mix.parse(part));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--mix: " + e.getMessage());
            }
        }
        return List.copyOf(list);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2027-03-01, not '" + value + "'");
        }
    }
}
