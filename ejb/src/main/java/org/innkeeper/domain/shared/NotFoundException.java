package org.innkeeper.domain.shared;

/** What was asked for does not exist (or is not the caller's to see). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super("not-found", null, what + " " + id + " was not found");
    }
}
