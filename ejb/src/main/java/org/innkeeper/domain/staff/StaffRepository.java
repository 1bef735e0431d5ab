package org.innkeeper.domain.staff;

import java.util.List;
import java.util.Optional;

public interface StaffRepository {

    Optional<StaffUser> find(String username);

    void store(StaffUser user);

    /** Every account, active or not, by user name. */
    List<StaffUser> all();

    boolean any();

    /**
     * Locks the accounts holding the manager role (in user-name order, so two callers never deadlock)
     * until the transaction ends, then counts the active ones: a change that could leave the hotel
     * without an active manager takes this first, so two managers deactivating each other at once
     * cannot both succeed.
     */
    long lockManagersAndCountActive();
}
