package org.innkeeper.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries a stable problem kind (for problem+json "type" and for
 * translated messages) and, where one input is to blame, the name of that field.
 * Thrown through EJB boundaries as-is and always rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    private final String kind;
    private final String field;

    protected DomainException(String kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    /** A short, stable slug such as {@code no-availability}; part of the problem type URI. */
    public String kind() {
        return kind;
    }

    /** The offending input field, or {@code null} when the whole request is at fault. */
    public String field() {
        return field;
    }
}
