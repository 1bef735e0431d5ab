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
            return isoDate(value.trim());
        } catch (java.time.DateTimeException e) {
            throw new InvalidValueException(name, name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /**
     * What {@link LocalDate#parse} reads, the usual YYYY-MM-DD taken digit by digit: the general formatter
     * behind it was about 1.5 % of a channel's search, which has two dates. Any other shape (a year of more
     * than four digits, a sign) goes to {@code LocalDate.parse}; an impossible date (2027-02-30) is refused
     * by {@code LocalDate.of} as by the parser.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        return year < 0 || month < 0 || day < 0 ? LocalDate.parse(text) : LocalDate.of(year, month, day);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
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
