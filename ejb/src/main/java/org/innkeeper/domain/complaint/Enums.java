package org.innkeeper.domain.complaint;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.innkeeper.domain.shared.InvalidValueException;

/** A value typed or sent as text, read as one of an enum's names or refused with the names allowed. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text != null) {
            String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        throw new InvalidValueException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
