package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The guest was contacted after the resolution: what they said. */
public record FollowUpRequest(@NotBlank @Size(max = 1000) String note) implements Serializable {
}
