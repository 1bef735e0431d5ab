package org.innkeeper.application.dto;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Housekeeping reports a room's new status: CLEAN, DIRTY or INSPECTED; on a round, {@code found}
 * says whether they found it VACANT or OCCUPIED (compared with the desk's view).
 */
public record HousekeepingChange(@NotNull @Size(max = 10) String status, @Size(max = 10) String found)
        implements Serializable {

    /** The full form, which JSON-B reads requests with (a record with two constructors needs to be told). */
    @JsonbCreator
    public HousekeepingChange {
    }

    public HousekeepingChange(String status) {
        this(status, null);
    }
}
