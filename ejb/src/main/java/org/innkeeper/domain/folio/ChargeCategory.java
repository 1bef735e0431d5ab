package org.innkeeper.domain.folio;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** What an extra charge was for (room nights are posted as ROOM, not as a category here). */
public enum ChargeCategory {
    MINIBAR, RESTAURANT, BAR, LAUNDRY, SPA, PARKING, OTHER;

    public static ChargeCategory parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("category", "unknown charge category " + text);
        }
    }
}
