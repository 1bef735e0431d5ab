package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Registration at arrival: the room to give (of the booked type, vacant and clean) and the
 * guest's identity document. {@code documentType} is PASSPORT, ID_CARD or DRIVING_LICENCE.
 */
public record CheckInRequest(
        @NotBlank @Size(max = 10) String roomNumber,
        @NotNull String documentType,
        @NotBlank @Size(max = 40) String documentNumber) implements Serializable {
}
