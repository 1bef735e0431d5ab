package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * 40 clients that send a booking's body one byte every 2 s, reconnecting whenever they are cut off,
 * must neither hold the server's worker threads nor keep their connections for long: 20 channel
 * searches timed meanwhile are all answered promptly (see config/src/main/cli/http-listener.cli).
 */
class SlowClientsIT {

    private static final int SLOW_CLIENTS = 40;
    private static final int SEARCHES = 20;
    private static final Duration TRICKLE = Duration.ofSeconds(2);
    /** Generous for a shared 2-core machine; without the listener's limits a search waits until the client gives up. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);
    private static final Duration CLIENT_GIVES_UP = Duration.ofSeconds(10);
    /** The listener's read-timeout is 1.5 s of silence; a slow connection must be gone well before this. */
    private static final Duration CUT_OFF_WITHIN = Duration.ofSeconds(8);

    private static final URI SERVER = URI.create(Api.BASE_URL);
    private final AtomicBoolean trickling = new AtomicBoolean(true);
    /** How long each slow connection lived before the server closed it. */
    private final List<Duration> slowConnectionLives = Collections.synchronizedList(new ArrayList<>());
    /** How long each slow connection still open when the test stopped had lived. */
    private final List<Duration> stillOpen = Collections.synchronizedList(new ArrayList<>());

    @Test
    void slowBodiesAreCutOffAndEveryoneElseIsAnswered() throws Exception {
        LocalDate arrival = LocalDate.now().plusDays(30);
        String search = Api.API + "/availability?arrival=" + arrival + "&departure=" + arrival.plusDays(2) + "&adults=2";
        Api.get(search, Api.DEMO_CHANNEL).ok(200); // warm: the first search of a fresh server is slow anyway
        ExecutorService slowClients = Executors.newFixedThreadPool(SLOW_CLIENTS);
        ExecutorService searches = Executors.newFixedThreadPool(SEARCHES);
        List<Search> done = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(CLIENT_GIVES_UP).executor(searches).build();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slowClients.submit(this::trickleUntilStopped);
            }
            Thread.sleep(TRICKLE.toMillis()); // every slow client has sent its headers and is waiting

            List<CompletableFuture<Search>> answered = new ArrayList<>();
            for (int i = 0; i < SEARCHES; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(search)).timeout(CLIENT_GIVES_UP)
                        .header("Authorization", Api.DEMO_CHANNEL).header("Accept", "application/json").GET().build();
                long sent = System.nanoTime();
                answered.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) ->
                        new Search(response == null ? String.valueOf(failure) : String.valueOf(response.statusCode()),
                                Duration.ofNanos(System.nanoTime() - sent))));
                Thread.sleep(500);
            }
            for (CompletableFuture<Search> one : answered) {
                done.add(one.get(CLIENT_GIVES_UP.toSeconds() + 5, TimeUnit.SECONDS));
            }
        } finally {
            trickling.set(false);
            slowClients.shutdown();
            slowClients.awaitTermination(TRICKLE.toSeconds() + 10, TimeUnit.SECONDS);
            searches.shutdownNow();
        }
        List<Duration> times = done.stream().map(Search::time).sorted().toList();
        System.out.printf("SlowClientsIT: %d searches beside %d slow clients: slowest %d ms, median %d ms%n",
                SEARCHES, SLOW_CLIENTS, times.get(SEARCHES - 1).toMillis(), times.get(SEARCHES / 2).toMillis());
        System.out.printf("SlowClientsIT: %d slow connections cut off, the longest after %d ms; %d still open at the end,"
                + " the oldest for %d ms%n", slowConnectionLives.size(), max(slowConnectionLives).toMillis(),
                stillOpen.size(), max(stillOpen).toMillis());
        assertThat(done).as("searches not answered 200 within %s", ANSWERED_WITHIN)
                .filteredOn(one -> !one.status().equals("200") || one.time().compareTo(ANSWERED_WITHIN) >= 0)
                .isEmpty();
        assertThat(slowConnectionLives).as("slow connections cut off").hasSizeGreaterThanOrEqualTo(SLOW_CLIENTS);
        assertThat(max(slowConnectionLives)).as("the longest life of a slow connection").isLessThan(CUT_OFF_WITHIN);
        assertThat(max(stillOpen)).as("the oldest slow connection still open").isLessThan(CUT_OFF_WITHIN);
    }

    /** One slow client: a booking announced as 1000 bytes, sent a byte every 2 s; reconnects when cut off. */
    private void trickleUntilStopped() {
        while (trickling.get()) {
            long opened = System.nanoTime();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(SERVER.getHost(), SERVER.getPort()), (int) CLIENT_GIVES_UP.toMillis());
                socket.setSoTimeout((int) TRICKLE.toMillis());
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(("POST /api/v1/reservations HTTP/1.1\r\n"
                        + "Host: " + SERVER.getHost() + ":" + SERVER.getPort() + "\r\n"
                        + "Authorization: " + Api.DEMO_CHANNEL + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (cutOffWhileTrickling(in, out)) {
                    slowConnectionLives.add(Duration.ofNanos(System.nanoTime() - opened));
                } else {
                    stillOpen.add(Duration.ofNanos(System.nanoTime() - opened));
                }
            } catch (IOException e) {
                // refused or reset while connecting: the server is shedding us, which is fine
                slowConnectionLives.add(Duration.ofNanos(System.nanoTime() - opened));
            }
        }
    }

    /** True when the server closes, resets or answers (408) before the test stops trickling. */
    private boolean cutOffWhileTrickling(InputStream in, OutputStream out) {
        try {
            while (trickling.get()) {
                try {
                    in.read(); // -1 (closed) or the first byte of an answer: either way, cut off
                    return true;
                } catch (SocketTimeoutException stillWaiting) {
                    out.write('{');
                    out.flush();
                }
            }
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** A timed search: its status (or why it failed) and how long it took. */
    private record Search(String status, Duration time) {
    }

    private static Duration max(List<Duration> durations) {
        return durations.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
