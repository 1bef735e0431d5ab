package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A room taken out of order (out of inventory) or out of service (still sellable) for the nights
 * from..to (exclusive), with the reason and the status it returns in (CLEAN, DIRTY or INSPECTED;
 * default DIRTY).
 */
public record RoomBlockRequest(@NotNull @Size(max = 20) String kind,
                               @NotNull LocalDate from,
                               @NotNull LocalDate to,
                               @NotBlank @Size(max = 200) String reason,
                               @Size(max = 10) String returnStatus) implements Serializable {
}
