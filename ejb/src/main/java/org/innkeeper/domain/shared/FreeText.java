package org.innkeeper.domain.shared;

/**
 * The one rule for text a person or a channel types in (contacts, reasons, descriptions, notes):
 * no control characters, which hide or garble what staff read, and no card numbers, which the
 * hotel must never store.
 */
public final class FreeText {

    private FreeText() {
    }

    /** One line: refuses control characters (line breaks too) and card numbers; null stays null. */
    public static String line(String field, String text) {
        if (text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw new InvalidValueException(field, "contains control characters");
        }
        CardNumbers.refuseIn(field, text);
        return text;
    }

    /** Several lines (a note): as {@link #line}, but line breaks are kept. */
    public static String lines(String field, String text) {
        if (text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\n' && c != '\r')) {
            throw new InvalidValueException(field, "contains control characters");
        }
        CardNumbers.refuseIn(field, text);
        return text;
    }
}
