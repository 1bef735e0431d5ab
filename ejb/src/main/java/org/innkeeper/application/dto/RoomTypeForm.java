package org.innkeeper.application.dto;

import java.io.Serializable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room type as a manager creates or changes it (found by code; a new code creates one). */
public record RoomTypeForm(
        @NotBlank @Size(max = 10) String code,
        @NotBlank @Size(max = 80) String name,
        int maxOccupancy,
        int standardOccupancy,
        int overbookingLimit) implements Serializable {
}
