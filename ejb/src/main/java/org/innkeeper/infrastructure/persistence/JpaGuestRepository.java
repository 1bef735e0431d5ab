package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.GuestRepository;

@ApplicationScoped
public class JpaGuestRepository implements GuestRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Guest> findSamePerson(String firstName, String lastName, String email) {
        if (email == null || email.isBlank() || firstName == null || lastName == null) {
            return Optional.empty();
        }
        return em.createQuery("select g from Guest g where g.email = :email and lower(g.lastName) = :last"
                        + " and lower(g.firstName) = :first order by g.id", Guest.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .setParameter("last", lastName.trim().toLowerCase(Locale.ROOT))
                .setParameter("first", firstName.trim().toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Guest guest) {
        em.persist(guest);
    }
}
