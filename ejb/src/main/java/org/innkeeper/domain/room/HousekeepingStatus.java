package org.innkeeper.domain.room;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** Housekeeping status of a room; INSPECTED is clean and checked by a supervisor. */
public enum HousekeepingStatus {
    CLEAN, DIRTY, INSPECTED;

    public boolean readyForGuest() {
        return this != DIRTY;
    }

    public static HousekeepingStatus parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "unknown housekeeping status " + text
                    + " (CLEAN, DIRTY or INSPECTED)");
        }
    }
}
