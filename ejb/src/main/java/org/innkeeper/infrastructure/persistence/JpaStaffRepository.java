package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.staff.StaffRepository;
import org.innkeeper.domain.staff.StaffRole;
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

    @Override
    public List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    @Override
    public boolean any() {
        return !em.createQuery("select u.username from StaffUser u", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long lockManagersAndCountActive() {
        em.createNativeQuery("select u.username from staff_user u where exists (select 1 from staff_role r"
                + " where r.username = u.username and r.role = 'MANAGER') order by u.username for update").getResultList();
        // A statement of its own after the locks: it reads what the transaction that held them committed.
        return em.createQuery("select count(u) from StaffUser u join u.roles r where r = :manager and u.active = true",
                Long.class).setParameter("manager", StaffRole.MANAGER).getSingleResult();
    }
}
