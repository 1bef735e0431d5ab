package org.innkeeper.domain.guest;

import java.util.Optional;

/**
 * When a booking or a registration is clearly a guest the hotel knows already: the rules that
 * decide which profile a reservation attaches to. Anything less than a clear match makes a new
 * profile; staff merge the duplicates they find. A match on a profile merged into another leads to
 * the one it was merged into.
 */
public final class ProfileMatching {

    private final GuestRepository guests;

    public ProfileMatching(GuestRepository guests) {
        this.guests = guests;
    }

    /** At the desk: the same e-mail, or else the same name and telephone number. */
    public Optional<Guest> atDesk(String firstName, String lastName, String email, String phone) {
        Optional<Guest> byEmail = byEmail(email);
        if (byEmail.isPresent()) {
            return byEmail;
        }
        if (phone == null || phone.isBlank() || firstName == null || lastName == null) {
            return Optional.empty();
        }
        return guests.named(firstName, lastName).stream().filter(g -> g.hasPhone(phone)).map(Guest::survivor).findFirst();
    }

    /**
     * From a channel: only the same e-mail, exactly. The channel learns nothing of the profile it
     * attaches to (the reservation keeps the guest as the channel sent it).
     */
    public Optional<Guest> fromChannel(String email) {
        return byEmail(email);
    }

    /** At check-in: the profile that registered with the same identity document before. */
    public Optional<Guest> byDocument(String documentType, String documentNumber) {
        if (documentType == null || documentNumber == null || documentNumber.isBlank()) {
            return Optional.empty();
        }
        return guests.withDocument(documentType, documentNumber).stream().map(Guest::survivor).findFirst();
    }

    private Optional<Guest> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return guests.withEmail(email).stream().map(Guest::survivor).findFirst();
    }
}
