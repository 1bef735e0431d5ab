package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A request to log for a stay: its category (TOWELS, REPAIR, ...), what the guest asks, optionally a priority. */
public record GuestRequestForm(@NotBlank @Size(max = 20) String confirmationNumber,
                               @NotBlank @Size(max = 20) String category,
                               @NotBlank @Size(max = 1000) String description,
                               @Size(max = 10) String priority) implements Serializable {
}
