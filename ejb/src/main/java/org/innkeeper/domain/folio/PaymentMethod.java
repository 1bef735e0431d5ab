package org.innkeeper.domain.folio;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

public enum PaymentMethod {
    CASH, CARD;

    public static PaymentMethod parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("method", "unknown payment method " + text + " (CASH or CARD)");
        }
    }
}
