package org.innkeeper.application.dto;

import java.io.Serializable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new physical room: its number, floor and type. */
public record RoomForm(@NotBlank @Size(max = 10) String number, int floor, @NotBlank @Size(max = 10) String roomType)
        implements Serializable {
}
