package org.innkeeper.domain.guest;

import java.util.Optional;

public interface GuestRepository {

    /** The profile with this name and e-mail, if the guest has stayed or booked before. */
    Optional<Guest> findSamePerson(String firstName, String lastName, String email);

    void store(Guest guest);
}
