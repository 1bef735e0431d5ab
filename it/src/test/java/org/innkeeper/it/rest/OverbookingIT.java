package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Rooms sold never exceed the inventory, however many channels book the last rooms at once. */
class OverbookingIT {

    private static final int THREADS = 16;
    private static final String ROOM_TYPE = "STE";

    @Test
    void sixteenChannelsRaceForTheLastRoomsAndExactlyThoseAreSold() throws Exception {
        LocalDate night = Api.farNight(ROOM_TYPE);
        int left = Api.roomsLeft(ROOM_TYPE, night);
        assertThat(left).isBetween(1, THREADS - 1);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                // overlapping stays of one to three nights, every one of them including the night
                LocalDate arrival = night.minusDays(i % 2);
                LocalDate departure = night.plusDays(1 + (i / 2) % 2);
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.post("/reservations", DEMO_CHANNEL, Api.booking(ROOM_TYPE, arrival, departure));
                }));
            }
            start.countDown();
            int booked = 0;
            int refused = 0;
            for (Future<Api.Reply> future : replies) {
                Api.Reply reply = future.get(120, TimeUnit.SECONDS);
                assertThat(reply.status()).as("no server error: %s", reply.body()).isLessThan(500);
                if (reply.status() == 201) {
                    booked++;
                } else {
                    reply.problem(409, "no-availability");
                    refused++;
                }
            }
            assertThat(booked).as("bookings of the %d rooms left", left).isEqualTo(left);
            assertThat(refused).isEqualTo(THREADS - left);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Api.roomsLeft(ROOM_TYPE, night)).isZero();
    }
}
