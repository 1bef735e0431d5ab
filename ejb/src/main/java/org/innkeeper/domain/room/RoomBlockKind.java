package org.innkeeper.domain.room;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * Why a room is blocked: out of order takes it out of inventory (it cannot be sold), out of
 * service keeps it sellable (a small defect; the desk avoids it when it can).
 */
public enum RoomBlockKind {
    OUT_OF_ORDER, OUT_OF_SERVICE;

    public boolean removesFromInventory() {
        return this == OUT_OF_ORDER;
    }

    public static RoomBlockKind parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", "unknown block " + text + " (OUT_OF_ORDER or OUT_OF_SERVICE)");
        }
    }
}
