package org.innkeeper.benchmark;

import java.io.IOException;
import java.time.LocalDate;

/** How a client reaches the hotel: the REST API ({@link RestChannel}) or the same SQL sent directly ({@link RawSqlChannel}). */
interface Channel {

    /** A booking as a channel asks for it. */
    record Booking(String roomType, String ratePlan, LocalDate arrival, LocalDate departure, int adults,
                   String cardLast4, String firstName, String lastName, String email) {
    }

    /** The answer to a booking: an HTTP status (201 booked, 409 nothing left) and the confirmation number. */
    record Booked(int status, String confirmationNumber) {
    }

    /** An availability search; the HTTP status of the answer. */
    int search(LocalDate arrival, LocalDate departure, int adults) throws IOException, InterruptedException;

    Booked book(Booking booking) throws IOException, InterruptedException;
}
