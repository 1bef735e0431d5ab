package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to book one room. {@code source} says how the guest heard of us or reached us
 * (phone, walk-in, a campaign); the channel is known from who calls. With {@code optionUntil} the
 * booking is an option that holds the room until then; {@code cardLast4} guarantees it (plans that
 * ask for a card or deposit require it). With {@code waitlist} true, a request for which nothing is
 * left goes on the waitlist instead of being refused.
 */
public record BookingRequest(
        @NotBlank @Size(max = 10) String roomType,
        @NotBlank @Size(max = 10) String ratePlan,
        @NotNull LocalDate arrival,
        @NotNull LocalDate departure,
        @NotNull @Min(1) @Max(8) Integer adults,
        @Min(0) @Max(7) Integer children,
        @NotNull @Valid GuestDetails guest,
        @Size(max = 60) String source,
        Instant optionUntil,
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4,
        Boolean waitlist) implements Serializable {
}
