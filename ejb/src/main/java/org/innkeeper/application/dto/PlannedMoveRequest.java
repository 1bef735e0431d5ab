package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A move planned for a later night of a stay in the house: to a room of the same type, from the
 * night {@code on}, for a reason. The room's nights are held from then on at once.
 */
public record PlannedMoveRequest(@NotBlank @Size(max = 10) String roomNumber,
                                 @NotBlank @Size(max = 200) String reason,
                                 @NotNull LocalDate on) implements Serializable {
}
