package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.Set;

/**
 * A member of staff: roles are FRONT_DESK, MANAGER, HOUSEKEEPING, NIGHT_AUDITOR; locale is e.g. "en" or
 * "ru"; {@code mustChangePassword} while they hold a password a manager set.
 */
public record StaffPrincipal(String username, String displayName, Set<String> roles, String locale,
        boolean active, boolean mustChangePassword) implements Serializable {
}
