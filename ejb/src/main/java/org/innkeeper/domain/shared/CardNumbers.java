package org.innkeeper.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The hotel never keeps a payment card's number (PCI DSS): only its last four digits. Free text
 * that looks like a card number, 13 to 19 digits passing the Luhn check, written together or in
 * groups split by single spaces or dashes, is refused wherever it would be stored.
 */
public final class CardNumbers {

    static final String REFUSAL = "looks like a card number: never send card numbers, only the last four digits";

    /**
     * A UUID (an idempotency key, a reference) is an identifier, never a card: its last two groups can be 16
     * digits passing the Luhn check (about one random UUID in 44,000; the benchmark's channel was refused a
     * booking for its key so).
     */
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "(?i)(?<![0-9a-z-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z-])");

    private static final int SHORTEST = 13;
    private static final int LONGEST = 19;

    private CardNumbers() {
    }

    /** Refuses {@code text}, naming {@code field}, when it holds what looks like a card number. */
    public static void refuseIn(String field, String text) {
        if (containsCardNumber(text)) {
            throw new InvalidValueException(field, REFUSAL);
        }
    }

    /**
     * Whether some run of digit groups in {@code text} looks like a card number. Within a longer run
     * only whole groups count (a group boundary on both sides), so that "4111 1111 1111 1111 99" is
     * caught but a long reference number is not checked window by window. Runs that begin with 0 or
     * follow a '+' are telephone numbers ("0049 30 1234567", "+4930...") and no card begins that way. Runs
     * glued to letters, or joined by a dash to a word, are parts of an identifier: a random UUID
     * ("41111111-1111-1111-1abc-...") sent as an idempotency key was refused now and then.
     */
    public static boolean containsCardNumber(String text) {
        if (text == null) {
            return false;
        }
        if (text.indexOf('-') >= 0) {
            text = UUID.matcher(text).replaceAll(" ");
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            boolean phone = i > 0 && text.charAt(i - 1) == '+';
            // digits glued to letters belong to an identifier (a UUID such as an idempotency key, a reference)
            boolean identifier = i > 0 && Character.isLetter(text.charAt(i - 1));
            StringBuilder digits = new StringBuilder();
            List<Integer> boundaries = new ArrayList<>();
            boundaries.add(0);
            while (i < n) {
                char c = text.charAt(i);
                if (isDigit(c)) {
                    digits.append(c);
                    i++;
                } else if ((c == ' ' || c == '-') && i + 1 < n && isDigit(text.charAt(i + 1)) && !digits.isEmpty()) {
                    boundaries.add(digits.length());
                    i++;
                } else {
                    identifier |= Character.isLetter(c)
                            || (c == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)));
                    break;
                }
            }
            boundaries.add(digits.length());
            if (!phone && !identifier && anyWholeGroupsLookLikeACard(digits, boundaries)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWholeGroupsLookLikeACard(CharSequence digits, List<Integer> boundaries) {
        for (int a = 0; a < boundaries.size(); a++) {
            int start = boundaries.get(a);
            if (start >= digits.length() || digits.charAt(start) == '0') {
                continue;
            }
            for (int b = a + 1; b < boundaries.size(); b++) {
                int length = boundaries.get(b) - start;
                if (length > LONGEST) {
                    break;
                }
                if (length >= SHORTEST && passesLuhn(digits, start, boundaries.get(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean passesLuhn(CharSequence digits, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int k = to - 1; k >= from; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
