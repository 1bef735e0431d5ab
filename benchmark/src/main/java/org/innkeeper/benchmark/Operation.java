package org.innkeeper.benchmark;

/** What a channel client does in one request. */
enum Operation {
    /** GET /availability for a stay and party. */
    SEARCH,
    /** POST /reservations for one room. */
    BOOKING
}
