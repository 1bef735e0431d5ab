package org.innkeeper.domain.guest;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** The guest's tier in the hotel's loyalty programme. */
public enum LoyaltyTier {
    NONE, SILVER, GOLD, PLATINUM;

    public static LoyaltyTier parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("loyaltyTier", "unknown loyalty tier " + text
                    + " (NONE, SILVER, GOLD or PLATINUM)");
        }
    }
}
