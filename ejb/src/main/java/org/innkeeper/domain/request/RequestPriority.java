package org.innkeeper.domain.request;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

public enum RequestPriority {
    LOW, NORMAL, HIGH, URGENT;

    /** The category's own priority when none is given. */
    public static RequestPriority parse(String text, RequestPriority fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("priority", "a priority is LOW, NORMAL, HIGH or URGENT");
        }
    }
}
