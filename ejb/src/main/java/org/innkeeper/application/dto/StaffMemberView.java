package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A staff account as managers see it: roles in a fixed order, whether it may log in, who changed it last. */
public record StaffMemberView(String username, String displayName, List<String> roles, boolean active,
        boolean mustChangePassword, String changedBy, Instant changedAt) implements Serializable {
}
