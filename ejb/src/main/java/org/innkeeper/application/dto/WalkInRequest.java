package org.innkeeper.application.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A guest who stands at the desk without a booking: booked from today at the same availability and
 * prices the channels get, and checked in at once ({@code registration}: its room may be left out,
 * the best ready room of the type is then given). All or nothing.
 */
public record WalkInRequest(
        @NotBlank @Size(max = 10) String roomType,
        @NotBlank @Size(max = 10) String ratePlan,
        @NotNull LocalDate departure,
        @NotNull @Min(1) @Max(8) Integer adults,
        @Min(0) @Max(7) Integer children,
        @NotNull @Valid GuestDetails guest,
        @Pattern(regexp = "\\d{4}", message = "must be the last four digits of the card") String cardLast4,
        @NotNull @Valid CheckInRequest registration) implements Serializable {
}
