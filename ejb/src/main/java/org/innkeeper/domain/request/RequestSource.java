package org.innkeeper.domain.request;

/** Who logged a request: the desk, housekeeping, staff over the API, a channel, or the guest's own page. */
public enum RequestSource {
    DESK, HOUSEKEEPING, STAFF_API, CHANNEL, GUEST_PAGE
}
