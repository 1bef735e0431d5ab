package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A temporary password a manager gives a member of staff, who changes it at the next login. */
public record PasswordReset(@NotBlank @Size(max = 200) String temporaryPassword) implements Serializable {
}
