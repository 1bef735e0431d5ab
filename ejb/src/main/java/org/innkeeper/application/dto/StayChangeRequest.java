package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** A stay in the house extended or shortened to a new departure date. */
public record StayChangeRequest(@NotNull LocalDate departure) implements Serializable {
}
