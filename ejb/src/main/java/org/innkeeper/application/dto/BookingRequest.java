package org.innkeeper.application.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A request to book one room. {@code source} says how the guest heard of us or reached us
 * (phone, walk-in, a campaign); the channel is known from who calls.
 */
public record BookingRequest(
        @NotBlank @Size(max = 10) String roomType,
        @NotBlank @Size(max = 10) String ratePlan,
        @NotNull LocalDate arrival,
        @NotNull LocalDate departure,
        @NotNull @Min(1) @Max(8) Integer adults,
        @NotNull @Valid GuestDetails guest,
        @Size(max = 60) String source) implements Serializable {
}
