package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.innkeeper.domain.staff.StaffRepository;
import org.innkeeper.domain.staff.StaffUser;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<StaffUser> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(StaffUser.class, username));
    }

    @Override
    public void store(StaffUser user) {
        em.persist(user);
    }
}
