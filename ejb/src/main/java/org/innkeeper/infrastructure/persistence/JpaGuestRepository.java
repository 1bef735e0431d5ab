package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.GuestRepository;

@ApplicationScoped
public class JpaGuestRepository implements GuestRepository {

    private static final String ACTIVE = "select g from Guest g where g.mergedInto is null and ";
    private static final String ANY = "select g from Guest g where ";

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
    public Optional<Guest> find(long id) {
        return Optional.ofNullable(em.find(Guest.class, id));
    }

    @Override
    public Optional<Guest> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Guest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Guest> withEmail(String email) {
        return em.createQuery(ANY + "g.email = :email order by g.id", Guest.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .setMaxResults(20)
                .getResultList();
    }

    @Override
    public List<Guest> named(String firstName, String lastName) {
        // last_name is indexed; the first name and the case are compared among its few holders
        return em.createQuery(ANY + "lower(g.lastName) = :last and lower(g.firstName) = :first order by g.id",
                        Guest.class)
                .setParameter("last", lastName.strip().toLowerCase(Locale.ROOT))
                .setParameter("first", firstName.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(50)
                .getResultList();
    }

    @Override
    public List<Guest> withDocument(String documentType, String documentNumber) {
        return em.createQuery(ANY + "g.documentType = :type and g.documentNumber = :number order by g.id",
                        Guest.class)
                .setParameter("type", documentType)
                .setParameter("number", documentNumber)
                .setMaxResults(20)
                .getResultList();
    }

    @Override
    public List<Guest> search(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        // What the clerk typed is taken literally: % and _ are letters here, not wildcards.
        String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // a phone as written (digits, spaces, +, dashes, brackets) is looked for in the phones too
        boolean phone = needle.matches("[0-9 +()./-]{4,}");
        String jpql = ACTIVE + "(lower(g.lastName) like :like escape '\\'"
                + " or lower(g.firstName) like :like escape '\\' or lower(concat(g.firstName, ' ', g.lastName))"
                + " like :like escape '\\' or g.email like :like escape '\\'"
                + (phone ? " or g.phone like :like escape '\\'" : "")
                + ") order by g.lastName, g.firstName, g.id";
        var query = em.createQuery(jpql, Guest.class).setParameter("like", like);
        return query.setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
    }

    @Override
    public void store(Guest guest) {
        em.persist(guest);
    }
}
