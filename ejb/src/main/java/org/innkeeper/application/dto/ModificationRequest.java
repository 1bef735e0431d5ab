package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A change to a booked stay; what is null stays as it is. The stay is re-priced at today's prices
 * and terms of its rate plan and re-checked (restrictions, rooms left) all at once: it changes
 * completely or not at all.
 */
public record ModificationRequest(
        LocalDate arrival,
        LocalDate departure,
        @Size(max = 10) String roomType,
        @Min(1) @Max(8) Integer adults,
        @Min(0) @Max(7) Integer children) implements Serializable {
}
