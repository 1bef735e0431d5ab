package org.innkeeper.domain.request;

import org.innkeeper.domain.shared.InvalidValueException;

/** The person a department's overdue requests go to at one level, and where they are e-mailed (optional). */
public record EscalationContact(String username, String email) {

    public EscalationContact {
        if (username == null || !username.matches("[a-z0-9._-]{3,40}")) {
            throw new InvalidValueException("username", "a user name is 3 to 40 lower-case letters, digits, . _ or -");
        }
        if (email != null && (email.isBlank() || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new InvalidValueException("email", "not an e-mail address");
        }
    }
}
