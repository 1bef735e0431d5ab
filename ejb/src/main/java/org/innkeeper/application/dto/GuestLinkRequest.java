package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The stay to issue a guest-page link for. */
public record GuestLinkRequest(@NotBlank @Size(max = 20) String confirmationNumber) implements Serializable {
}
