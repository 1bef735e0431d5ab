package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.GuestRepository;
import org.innkeeper.domain.shared.SearchKeys;

@ApplicationScoped
public class JpaGuestRepository implements GuestRepository {

    private static final String ANY = "select g from Guest g where ";
    private static final String ORDER = " order by g.lastName, g.firstName, g.id";

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
        // the last name's search key is indexed; the first name is compared among its few holders
        return em.createQuery(ANY + "g.searchLastName = :last and lower(g.firstName) = :first order by g.id",
                        Guest.class)
                .setParameter("last", SearchKeys.text(lastName))
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
        String needle = SearchKeys.text(text);
        if (needle.isEmpty()) {
            return List.of();
        }
        int max = Math.max(1, Math.min(limit, 200));
        // Each way of matching is one indexed prefix, read apart (an OR of them reads the whole table),
        // the first of each in the list's order merged below: by last name, by "first last", by e-mail,
        // and by phone (the number as written from its start, separators left out) when it looks like one.
        String prefix = SearchKeys.startingWith(needle);
        Set<Long> ids = new LinkedHashSet<>();
        ids.addAll(candidates("g.searchLastName", prefix, max));
        ids.addAll(candidates("g.searchFullName", prefix, max));
        ids.addAll(candidates("g.email", prefix, max));
        String phone = SearchKeys.phone(needle);
        if (needle.matches("[0-9 +()./-]{4,}") && phone != null) {
            ids.addAll(candidates("g.searchPhone", SearchKeys.startingWith(phone), max));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g from Guest g where g.id in :ids and g.mergedInto is null" + ORDER, Guest.class)
                .setParameter("ids", ids).setMaxResults(max).getResultList();
    }

    private List<Long> candidates(String key, String pattern, int max) {
        // merged_at, set with merged_into, has no index: the planner cannot prefer merged_into's index,
        // which holds nearly every profile under null, to the search key's
        return em.createQuery("select g.id from Guest g where g.mergedAt is null and " + key
                        + " like :p escape '\\'" + ORDER, Long.class)
                .setParameter("p", pattern).setMaxResults(max).getResultList();
    }

    @Override
    public void store(Guest guest) {
        em.persist(guest);
    }
}
