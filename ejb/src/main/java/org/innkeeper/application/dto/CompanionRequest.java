package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A person sharing the room, as registered at check-in; the document is optional (children). */
public record CompanionRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 20) String documentType,
        @Size(max = 40) String documentNumber,
        @Size(max = 2) String nationality,
        LocalDate birthDate) implements Serializable {
}
