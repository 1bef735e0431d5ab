package org.innkeeper.application.dto;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** What a manager changes on an account: only what is sent (null leaves it as it is). */
public record StaffChange(@Size(min = 1, max = 80) String displayName, @Size(min = 1) Set<String> roles, Boolean active)
        implements Serializable {
}
