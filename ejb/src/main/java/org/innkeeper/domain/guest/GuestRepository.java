package org.innkeeper.domain.guest;

import java.util.List;
import java.util.Optional;

public interface GuestRepository {

    /** The profile with this name and e-mail, if the guest has stayed or booked before. */
    Optional<Guest> findSamePerson(String firstName, String lastName, String email);

    Optional<Guest> find(long id);

    /** The profile with its row locked until the transaction ends: merges and changes of one profile queue up. */
    Optional<Guest> findForUpdate(long id);

    /** Profiles (merged ones too) with exactly this e-mail (compared in lower case), oldest first. */
    List<Guest> withEmail(String email);

    /** Profiles (merged ones too) with this first and last name (any case), oldest first. */
    List<Guest> named(String firstName, String lastName);

    /** Profiles (merged ones too) that registered with this identity document, oldest first. */
    List<Guest> withDocument(String documentType, String documentNumber);

    /** Profiles not merged into another whose name, e-mail or phone contains the text, by name. */
    List<Guest> search(String text, int limit);

    void store(Guest guest);
}
