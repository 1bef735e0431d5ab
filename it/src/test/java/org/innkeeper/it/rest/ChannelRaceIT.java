package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Rooms sold never exceed the rooms to sell, however many channels book the last rooms at once:
 * 40 clients on two channels, started together, race over overlapping stays through the API.
 */
class ChannelRaceIT {

    private static final int CLIENTS = 40;
    private static final String ROOM_TYPE = "STE";
    private static final int DAYS = 4;

    private record Stay(LocalDate arrival, LocalDate departure) {
    }

    @Test
    void fortyClientsRaceForTheLastSuitesAndExactlyTheRoomsThereAreAreSold() throws Exception {
        LocalDate from = Platform.freeNights(ROOM_TYPE, DAYS);
        Platform.GridRow before = Platform.grid(ROOM_TYPE, from, DAYS);
        int rooms = before.rooms();
        assertThat(rooms).isBetween(1, CLIENTS - 1);

        // Stays of two or three nights, each including the second night: that night runs out first,
        // so exactly as many bookings as there are rooms can succeed, whichever wins.
        List<Stay> stays = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            LocalDate arrival = from.plusDays(i % 2);
            stays.add(new Stay(arrival, from.plusDays(2 + (i / 2) % 2)));
        }
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                Stay stay = stays.get(i);
                String channel = i % 2 == 0 ? Api.DEMO_CHANNEL : Api.SECOND_CHANNEL;
                replies.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return Platform.send("POST", "/reservations", channel,
                            Platform.booking(ROOM_TYPE, stay.arrival(), stay.departure(), "Racer"));
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            start.countDown();

            int[] soldByUs = new int[DAYS];
            int booked = 0;
            for (int i = 0; i < CLIENTS; i++) {
                Api.Reply reply = replies.get(i).get(180, TimeUnit.SECONDS);
                assertThat(reply.status()).as("no server error: %s", reply.body()).isLessThan(500);
                if (reply.status() == 201) {
                    booked++;
                    Stay stay = stays.get(i);
                    for (LocalDate night = stay.arrival(); night.isBefore(stay.departure()); night = night.plusDays(1)) {
                        soldByUs[(int) (night.toEpochDay() - from.toEpochDay())]++;
                    }
                } else {
                    reply.problem(409, "no-availability");
                }
            }
            assertThat(booked).as("bookings of the %d rooms", rooms).isEqualTo(rooms);

            Platform.GridRow after = Platform.grid(ROOM_TYPE, from, DAYS);
            for (int day = 0; day < DAYS; day++) {
                assertThat(after.sold().get(day)).as("sold on %s", from.plusDays(day))
                        .isLessThanOrEqualTo(rooms)
                        .isEqualTo(before.sold().get(day) + soldByUs[day]);
                assertThat(after.left().get(day)).as("left on %s", from.plusDays(day))
                        .isEqualTo(rooms - after.sold().get(day));
            }
            assertThat(after.left().get(1)).as("the night every stay includes is sold out").isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
