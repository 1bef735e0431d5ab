package org.innkeeper.benchmark;

import java.util.random.RandomGenerator;

/**
 * The share of availability searches and bookings, written {@code search:booking} (e.g.
 * {@code 80:20}, {@code 100:0}); the parts are weights, they need not add up to 100.
 */
record Mix(int search, int booking) {

    Mix {
        if (search < 0 || booking < 0 || search + booking == 0) {
            throw new IllegalArgumentException("a mix is two weights search:booking, 0 or more, not both 0");
        }
    }

    static Mix parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a mix is search:booking, e.g. 80:20");
        }
        String[] parts = text.trim().split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a mix is search:booking, e.g. 80:20, not '" + text + "'");
        }
        try {
            return new Mix(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a mix is two whole numbers search:booking, e.g. 80:20, not '" + text + "'");
        }
    }

    /** The next operation, in proportion to the weights. */
    Operation next(RandomGenerator random) {
        return random.nextInt(search + booking) < search ? Operation.SEARCH : Operation.BOOKING;
    }

    @Override
    public String toString() {
        return search + ":" + booking;
    }
}
