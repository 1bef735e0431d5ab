package org.innkeeper.domain.room;

/** Housekeeping status of a room; INSPECTED is clean and checked by a supervisor. */
public enum HousekeepingStatus {
    CLEAN, DIRTY, INSPECTED;

    public boolean readyForGuest() {
        return this != DIRTY;
    }
}
