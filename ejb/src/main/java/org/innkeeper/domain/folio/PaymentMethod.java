package org.innkeeper.domain.folio;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** How a guest pays. Cards are kept by their last four digits only. */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER,
    /** The balance of a window moved to a company's account on the city ledger. */
    DIRECT_BILL;

    public static PaymentMethod parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("method", "unknown payment method " + text
                    + " (CASH, CARD or BANK_TRANSFER)");
        }
    }

    public String label() {
        return switch (this) {
            case CASH -> "Cash";
            case CARD -> "Card";
            case BANK_TRANSFER -> "Bank transfer";
            case DIRECT_BILL -> "Direct bill";
        };
    }
}
