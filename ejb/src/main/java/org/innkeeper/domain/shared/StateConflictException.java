package org.innkeeper.domain.shared;

/** The request is well formed but the current state forbids it (check-in of a cancelled reservation). */
public class StateConflictException extends DomainException {

    public StateConflictException(String kind, String message) {
        super(kind, null, message);
    }

    public StateConflictException(String kind, String field, String message) {
        super(kind, field, message);
    }
}
