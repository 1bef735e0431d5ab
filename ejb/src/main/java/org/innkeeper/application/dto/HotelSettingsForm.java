package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The hotel's settings as a manager edits them: check-in and check-out hours, the hour from which a guest
 * due today may be marked a no-show, the longest option, how long a waitlist offer is held, and how far
 * ahead rooms are sold. Hours are hotel time ({@code timeZone}, read only).
 */
public record HotelSettingsForm(
        @NotNull @Min(0) @Max(23) Integer checkInHour,
        @NotNull @Min(0) @Max(23) Integer checkOutHour,
        @NotNull @Min(0) @Max(23) Integer noShowHour,
        @NotNull @Min(1) @Max(60) Integer optionMaxDays,
        @NotNull @Min(1) @Max(168) Integer waitlistOfferHours,
        @NotNull @Min(30) @Max(730) Integer saleHorizonDays,
        String timeZone) implements Serializable {
}
