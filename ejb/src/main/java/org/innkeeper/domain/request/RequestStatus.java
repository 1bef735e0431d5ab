package org.innkeeper.domain.request;

/** Where a guest request stands: open → acknowledged → in progress → resolved (→ reopened). */
public enum RequestStatus {
    OPEN, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REOPENED;

    /** The one table of legal moves; everything else is refused. */
    public boolean canMoveTo(RequestStatus next) {
        return switch (this) {
            case OPEN, REOPENED -> next == ACKNOWLEDGED || next == IN_PROGRESS || next == RESOLVED;
            case ACKNOWLEDGED -> next == IN_PROGRESS || next == RESOLVED;
            case IN_PROGRESS -> next == RESOLVED;
            case RESOLVED -> next == REOPENED;
        };
    }

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
