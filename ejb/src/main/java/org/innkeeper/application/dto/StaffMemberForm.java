package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** A new member of staff: roles among FRONT_DESK, MANAGER, HOUSEKEEPING, NIGHT_AUDITOR; a temporary password. */
public record StaffMemberForm(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 80) String displayName,
        @NotEmpty Set<@NotBlank String> roles, @NotBlank @Size(max = 200) String password) implements Serializable {
}
