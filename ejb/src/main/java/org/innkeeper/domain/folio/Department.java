package org.innkeeper.domain.folio;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** Where revenue belongs in the hotel's books. TAX is the city tax the hotel collects for the city, not revenue. */
public enum Department {
    ROOM, FNB, MINIBAR, SPA, PARKING, LAUNDRY, TELEPHONE, OTHER, TAX;

    public boolean isRevenue() {
        return this != TAX;
    }

    public static Department parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("department", "unknown department " + text
                    + " (ROOM, FNB, MINIBAR, SPA, PARKING, LAUNDRY, TELEPHONE or OTHER)");
        }
    }
}
