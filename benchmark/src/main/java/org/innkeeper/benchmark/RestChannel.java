package org.innkeeper.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;

/** The channel API over HTTP. */
record RestChannel(Api api) implements Channel {

    static final String SOURCE = "Load generator";

    @Override
    public int search(LocalDate arrival, LocalDate departure, int adults) throws IOException, InterruptedException {
        return api.search(arrival, departure, adults).status();
    }

    @Override
    public Booked book(Booking b) throws IOException, InterruptedException {
        ObjectNode request = Api.JSON.createObjectNode()
                .put("roomType", b.roomType())
                .put("ratePlan", b.ratePlan())
                .put("arrival", b.arrival().toString())
                .put("departure", b.departure().toString())
                .put("adults", b.adults())
                .put("source", SOURCE)
                .put("cardLast4", b.cardLast4());
        request.putObject("guest").put("firstName", b.firstName()).put("lastName", b.lastName()).put("email", b.email());
        Api.Answer answer = api.book(request);
        return new Booked(answer.status(), answer.status() == 201 ? answer.json().path("confirmationNumber").asText() : null);
    }
}
