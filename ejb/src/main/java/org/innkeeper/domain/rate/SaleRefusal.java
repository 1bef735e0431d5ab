package org.innkeeper.domain.rate;

import java.io.Serializable;

/**
 * Why a room type and rate plan can't be sold for a stay: a stable code (for translations and for
 * channels), the sentence to show, e.g. {@code min-stay}, "minimum stay 3 nights for arrival on
 * 2027-03-01", and for length-of-stay refusals the number of nights the rule asks for.
 */
public record SaleRefusal(String code, String message, Integer nights) implements Serializable {

    public SaleRefusal(String code, String message) {
        this(code, message, null);
    }
}
