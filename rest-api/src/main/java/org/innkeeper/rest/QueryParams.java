package org.innkeeper.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.innkeeper.domain.shared.InvalidValueException;

/**
 * Query parameters read by hand: a JAX-RS conversion failure of a query parameter would be a 404,
 * while a missing or malformed value is invalid input (422, naming the parameter).
 */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(name, name + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    static LocalDate dateOr(String value, String name, LocalDate absent) {
        return value == null || value.isBlank() ? absent : date(value, name);
    }

    /** true or false, or null when not given. */
    static Boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidValueException(name, name + " is true or false");
        };
    }

    /** A whole number from {@code min} to {@code max}, or {@code absent} when not given. */
    static int intOr(String value, String name, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValueException(name, name + " must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }

    /** An instant as ISO-8601 (2027-03-01T10:15:30Z). */
    static java.time.Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(name, name + " is required (ISO-8601, e.g. 2027-03-01T10:15:30Z)");
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be an instant as ISO-8601 with an offset"
                    + " (e.g. 2027-03-01T10:15:30Z), not '" + value + "'");
        }
    }

    static int positiveInt(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(name, name + " is required");
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValueException(name, name + " must be a whole number of at least 1, not '" + value + "'");
    }
}
