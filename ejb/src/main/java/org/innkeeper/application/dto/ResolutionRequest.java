package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** How a complaint was resolved: what was done, whether the guest accepted, whether the mistake was admitted. */
public record ResolutionRequest(
        @NotBlank @Size(max = 2000) String actionTaken,
        Boolean guestAccepted,
        boolean mistakeAdmitted)
        implements Serializable {
}
