package org.innkeeper.domain.staff;

import org.innkeeper.domain.shared.InvalidValueException;

/**
 * A password someone chooses for a staff account: at least {@value #MIN_LENGTH} characters and not the
 * user name. Only its hash is kept; the plain text never leaves this object except to be hashed.
 */
public final class NewPassword {

    public static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private final String plain;

    private NewPassword(String plain) {
        this.plain = plain;
    }

    /** The password {@code field} names (e.g. "newPassword") chosen for the account {@code username}. */
    public static NewPassword of(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException(field, "a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "a password has at most " + MAX_LENGTH + " characters");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new InvalidValueException(field, "a password is not the user name");
        }
        return new NewPassword(password);
    }

    String hash() {
        return PasswordHash.of(plain);
    }

    boolean sameAs(String storedHash) {
        return PasswordHash.matches(plain, storedHash);
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
