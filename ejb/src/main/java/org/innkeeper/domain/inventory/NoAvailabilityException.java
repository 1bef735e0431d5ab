package org.innkeeper.domain.inventory;

import org.innkeeper.domain.shared.DomainException;

/** No room of the type is left for at least one night of the stay; nothing was booked. */
public class NoAvailabilityException extends DomainException {

    public NoAvailabilityException(String roomType, String message) {
        super("no-availability", "roomType", message);
    }
}
