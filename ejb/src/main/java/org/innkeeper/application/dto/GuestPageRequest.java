package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a guest asks for on their own page: the stay is the link's, never named here. */
public record GuestPageRequest(@NotBlank @Size(max = 20) String category,
                               @NotBlank @Size(max = 1000) String description) implements Serializable {
}
