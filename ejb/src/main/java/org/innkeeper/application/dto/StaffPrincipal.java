package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.Set;

/** A member of staff: roles are FRONT_DESK and/or MANAGER; locale is e.g. "en" or "ru". */
public record StaffPrincipal(String username, String displayName, Set<String> roles, String locale)
        implements Serializable {
}
