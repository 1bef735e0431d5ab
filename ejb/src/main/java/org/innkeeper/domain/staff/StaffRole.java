package org.innkeeper.domain.staff;

public enum StaffRole {
    FRONT_DESK, MANAGER, HOUSEKEEPING, NIGHT_AUDITOR
}
