package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Why something is done (a check-in undone): required, kept in the stay's history. */
public record ReasonRequest(@NotBlank @Size(max = 200) String reason) implements Serializable {
}
