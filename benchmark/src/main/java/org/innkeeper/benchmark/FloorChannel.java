package org.innkeeper.benchmark;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Searches the server refuses before any work (422): what the platform and the API's filters cost
 * per request, under everything a search or a booking does ({@code --floor yes}). It never books.
 */
record FloorChannel(Api api) implements Channel {

    /** The answer a floor request must get. */
    static final int REFUSED = 422;

    @Override
    public int search(LocalDate arrival, LocalDate departure, int adults) throws IOException, InterruptedException {
        return api.refusedSearch(arrival, departure, adults).status();
    }

    @Override
    public Booked book(Booking booking) {
        throw new UnsupportedOperationException("the floor phase only searches");
    }
}
