package org.innkeeper.domain.room;

import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** What a room offers and a guest may ask for. */
public enum RoomFeature {
    NON_SMOKING, SMOKING, QUIET, ACCESSIBLE, BATHTUB, SHOWER, RIVER_VIEW, CITY_VIEW;

    public static RoomFeature parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("features", "unknown room feature " + text + " (one of "
                    + java.util.Arrays.toString(values()) + ")");
        }
    }
}
