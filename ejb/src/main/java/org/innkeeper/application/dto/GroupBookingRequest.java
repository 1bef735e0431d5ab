package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Several rooms for the same stay and guest (a family, a small group): all are booked or none.
 * Each room becomes a reservation of its own, sharing the booking's reference.
 */
public record GroupBookingRequest(
        @NotNull LocalDate arrival,
        @NotNull LocalDate departure,
        @NotNull @NotEmpty @Size(max = 10) List<@NotNull @Valid RoomRequest> rooms,
        @NotNull @Valid GuestDetails guest,
        @Size(max = 60) String source,
        Instant optionUntil,
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4)
        implements Serializable {
}
