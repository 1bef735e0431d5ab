package org.innkeeper.domain.shared;

import java.util.Locale;

/**
 * The one way a name, an e-mail or a phone is kept for searching, and what someone typed is read: lower
 * case, so that a search is a plain indexed prefix ({@code key like 'smi%'}) rather than
 * {@code lower(column) like ...}, which no index serves and which reads the whole table as history grows.
 * The migration that filled the keys of older rows (V11) writes the same: lower(), and a phone without the
 * separators {@link #PHONE_SEPARATORS}.
 */
public final class SearchKeys {

    /** What is left out of a phone number for searching (as the migration's translate() does). */
    public static final String PHONE_SEPARATORS = " +-()./";

    private SearchKeys() {
    }

    /** A name, or what was typed, as it is searched: trimmed and in lower case. */
    public static String text(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** First and last name together, so that "ada lov" and "ada" find Ada Lovelace. */
    public static String fullName(String firstName, String lastName) {
        return text(firstName) + " " + text(lastName);
    }

    /** The phone as searched: the number without spaces, plus, dashes, brackets, dots or slashes; null if none. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(phone.length());
        phone.strip().toLowerCase(Locale.ROOT).chars()
                .filter(c -> PHONE_SEPARATORS.indexOf(c) < 0)
                .forEach(c -> key.append((char) c));
        return key.isEmpty() ? null : key.toString();
    }

    /** A LIKE pattern for the keys that start with {@code key}, taken literally (% and _ are letters here). */
    public static String startingWith(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
