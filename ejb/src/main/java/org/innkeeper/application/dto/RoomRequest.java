package org.innkeeper.application.dto;

import java.io.Serializable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One room of a multi-room booking. */
public record RoomRequest(
        @NotBlank @Size(max = 10) String roomType,
        @NotBlank @Size(max = 10) String ratePlan,
        @NotNull @Min(1) @Max(8) Integer adults,
        @Min(0) @Max(7) Integer children) implements Serializable {
}
