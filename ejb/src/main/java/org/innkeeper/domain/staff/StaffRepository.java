package org.innkeeper.domain.staff;

import java.util.Optional;

public interface StaffRepository {

    Optional<StaffUser> find(String username);

    void store(StaffUser user);
}
