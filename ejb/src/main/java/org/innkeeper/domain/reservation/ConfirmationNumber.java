package org.innkeeper.domain.reservation;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.innkeeper.domain.shared.NotFoundException;

/**
 * What the guest quotes on the phone: "IK" and eight characters without look-alikes (no 0/O, 1/I),
 * random so that numbers can't be guessed one from another.
 */
public record ConfirmationNumber(String value) implements Serializable {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("IK[" + ALPHABET + "]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ConfirmationNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a confirmation number: " + value);
        }
    }

    public static ConfirmationNumber next() {
        StringBuilder sb = new StringBuilder("IK");
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ConfirmationNumber(sb.toString());
    }

    /**
     * Reads what someone typed (any case, surrounding blanks); a malformed number cannot exist,
     * so it is reported as not found rather than as a crash.
     */
    public static ConfirmationNumber parse(String text) {
        String normalized = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalized).matches()) {
            throw new NotFoundException("Reservation", text == null ? "" : text.trim());
        }
        return new ConfirmationNumber(normalized);
    }

    @Override
    public String toString() {
        return value;
    }
}
