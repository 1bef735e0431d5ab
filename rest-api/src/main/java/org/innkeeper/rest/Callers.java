package org.innkeeper.rest;

import jakarta.ws.rs.core.SecurityContext;

import org.innkeeper.application.ReservationService;
import org.innkeeper.rest.security.ApiCaller;

/** What the authenticated caller means for the services. */
final class Callers {

    private Callers() {
    }

    /** The channel whose reservations the caller may see, or null for staff (who see all). */
    static String viewerChannel(SecurityContext security) {
        return ((ApiCaller) security.getUserPrincipal()).channelCode();
    }

    /** Who books: the calling channel, or the desk taking a booking by phone. */
    static String bookingChannel(SecurityContext security) {
        String channel = viewerChannel(security);
        return channel != null ? channel : ReservationService.DESK_PHONE;
    }
}
