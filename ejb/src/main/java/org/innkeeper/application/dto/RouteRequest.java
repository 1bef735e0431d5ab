package org.innkeeper.application.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the postings of these articles (e.g. ROOM and CITY_TAX) to a window, for the whole stay or
 * only the dates from..to (inclusive; a room night by its night, anything else by its business date).
 */
public record RouteRequest(@NotEmpty @Size(max = 20) List<String> articles, @Min(1) @Max(8) int window,
                           LocalDate from, LocalDate to) implements Serializable {
}
