package org.innkeeper.domain.request;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** The department a request's category sends it to; each has its own board and seniors. */
public enum RequestDepartment {
    FRONT_OFFICE, HOUSEKEEPING, MAINTENANCE, CONCIERGE, FOOD_AND_BEVERAGE;

    public static RequestDepartment parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("department",
                    "a department is FRONT_OFFICE, HOUSEKEEPING, MAINTENANCE, CONCIERGE or FOOD_AND_BEVERAGE");
        }
    }
}
