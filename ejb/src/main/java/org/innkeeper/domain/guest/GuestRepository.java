package org.innkeeper.domain.guest;

import java.util.Optional;

public interface GuestRepository {

    /** The profile with this e-mail and last name, if the guest has stayed or booked before. */
    Optional<Guest> findByEmailAndLastName(String email, String lastName);

    void store(Guest guest);
}
