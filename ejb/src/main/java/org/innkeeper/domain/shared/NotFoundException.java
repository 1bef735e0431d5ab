package org.innkeeper.domain.shared;

/**
 * What was asked for does not exist (or is not the caller's to see). The message names only the
 * kind of thing: the id is what the caller typed or sent in a path, and the message goes back to
 * callers (problem+json, the desk), so it must not be echoed there.
 */
public class NotFoundException extends DomainException {

    private final String what;
    private final String id;

    public NotFoundException(String what, String id) {
        super("not-found", null, what + " was not found");
        this.what = what;
        this.id = id;
    }

    /** The kind of thing not found, in words ("Room move"): the desk finds its translated text by it. */
    public String what() {
        return what;
    }

    /** The id asked for, for the log; never for the answer. */
    public String id() {
        return id;
    }
}
