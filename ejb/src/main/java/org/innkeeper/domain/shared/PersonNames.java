package org.innkeeper.domain.shared;

/** The one rule for a person's name, wherever one is written: a guest, a companion, a booker. */
public final class PersonNames {

    /** The longest first or last name kept. */
    public static final int MAX = 100;

    private PersonNames() {
    }

    /** The name trimmed, or a refusal naming the field: required, at most {@code max} characters, nothing hidden. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "is longer than " + max + " characters");
        }
        if (hasHiddenCharacters(trimmed)) {
            throw new InvalidValueException(field, "contains control or text-direction characters");
        }
        CardNumbers.refuseIn(field, trimmed);
        return trimmed;
    }

    /**
     * Control characters and text-direction overrides have no place in a name: they hide or
     * reorder what staff read on the screen and on the invoice.
     */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F);
    }
}
