package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.shared.SearchKeys;

@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

    /** What every list shows: fetched in the same query, no lazy loading per row. */
    private static final String LIST_FETCH = "select r from Reservation r join fetch r.guest"
            + " join fetch r.roomType left join fetch r.room ";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Reservation> find(ConfirmationNumber number) {
        return em.createQuery(LIST_FETCH + "join fetch r.ratePlan where r.confirmationNumber = :n", Reservation.class)
                .setParameter("n", number)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Reservation> findForUpdate(ConfirmationNumber number) {
        // Lock the row alone (PostgreSQL refuses FOR UPDATE across outer joins); the rest loads lazily.
        return em.createQuery("select r from Reservation r where r.confirmationNumber = :n", Reservation.class)
                .setParameter("n", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Reservation> findForUpdate(long id) {
        // SELECT ... FOR UPDATE of the row alone: waits for a change under way, then reads what it committed
        return em.createQuery("select r from Reservation r where r.id = :id", Reservation.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Reservation reservation) {
        em.persist(reservation);
    }

    @Override
    public List<Reservation> findByBookingReference(String reference) {
        return em.createQuery(LIST_FETCH + "join fetch r.ratePlan where r.bookingReference = :ref order by r.id",
                        Reservation.class)
                .setParameter("ref", reference).getResultList();
    }

    @Override
    public List<Reservation> modifiedSince(String channel, Instant since, long afterId, int limit) {
        return em.createQuery(LIST_FETCH + "join fetch r.ratePlan where r.channel = :c"
                        + " and (r.modifiedAt > :since or (r.modifiedAt = :since and r.id > :after))"
                        + " order by r.modifiedAt, r.id", Reservation.class)
                .setParameter("c", channel).setParameter("since", since).setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Override
    public List<Reservation> changedAfter(String channel, long afterSequence, int limit) {
        return em.createQuery(LIST_FETCH + "join fetch r.ratePlan where r.channel = :c and r.changeSequence > :after"
                        + " order by r.changeSequence", Reservation.class)
                .setParameter("c", channel).setParameter("after", afterSequence)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Override
    public int stampChanges(int max) {
        // The counter row, or nothing when another stamper holds it (its numbers will be above ours anyway).
        List<?> counter = em.createNativeQuery("select last_seq from change_feed where id = 1 for update skip locked")
                .getResultList();
        if (counter.isEmpty()) {
            return 0;
        }
        long last = ((Number) counter.get(0)).longValue();
        // Only committed changes are seen; a row a change under way holds is skipped, not waited for.
        List<?> ids = em.createNativeQuery("select id from reservation where change_seq is null"
                        + " order by modified_at, id fetch first " + Math.max(1, max) + " rows only for update skip locked")
                .getResultList();
        for (Object id : ids) {
            em.createNativeQuery("update reservation set change_seq = ?1 where id = ?2")
                    .setParameter(1, ++last).setParameter(2, ((Number) id).longValue()).executeUpdate();
        }
        if (!ids.isEmpty()) {
            em.createNativeQuery("update change_feed set last_seq = ?1 where id = 1").setParameter(1, last).executeUpdate();
        }
        return ids.size();
    }

    @Override
    public List<Reservation> waitlisted() {
        return em.createQuery(LIST_FETCH + "where r.status = :s order by r.createdAt, r.id", Reservation.class)
                .setParameter("s", ReservationStatus.WAITLISTED).setMaxResults(500).getResultList();
    }

    @Override
    public List<Long> waitlistedFor(long roomTypeId, LocalDate from, LocalDate to) {
        return em.createQuery("select r.id from Reservation r where r.status = :s and r.roomType.id = :t"
                        + " and r.stay.arrival < :to and r.stay.departure > :from order by r.createdAt, r.id", Long.class)
                .setParameter("s", ReservationStatus.WAITLISTED).setParameter("t", roomTypeId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Long> optionsExpiredBy(Instant at) {
        return em.createQuery("select r.id from Reservation r where r.status = :s and r.optionExpiresAt <= :at"
                        + " order by r.optionExpiresAt, r.id", Long.class)
                .setParameter("s", ReservationStatus.OPTION).setParameter("at", at).getResultList();
    }

    @Override
    public List<Reservation> arrivingOn(LocalDate date) {
        return em.createQuery(LIST_FETCH + "where r.stay.arrival = :d and r.status in :s"
                        + " order by r.guest.lastName, r.guest.firstName", Reservation.class)
                .setParameter("d", date).setParameter("s", ReservationStatus.expectedToArrive())
                .getResultList();
    }

    @Override
    public List<Reservation> ofGuest(long guestId) {
        return em.createQuery("select r from Reservation r join fetch r.roomType left join fetch r.room"
                        + " where r.guest.id = :guest order by r.stay.arrival desc, r.id desc", Reservation.class)
                .setParameter("guest", guestId)
                .getResultList();
    }

    @Override
    public java.util.Map<Long, Long> pastStays(java.util.Collection<Long> guestIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (guestIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select r.guest.id, count(r) from Reservation r where r.guest.id in :g and r.status = :s"
                        + " group by r.guest.id", Object[].class)
                .setParameter("g", guestIds).setParameter("s", ReservationStatus.CHECKED_OUT)
                .getResultStream().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<Reservation> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(LIST_FETCH + "where r.id in :ids", Reservation.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Reservation> unassignedBetween(LocalDate from, LocalDate to) {
        return em.createQuery(LIST_FETCH + "where r.room is null and r.status in :s"
                        + " and r.stay.arrival < :to and r.stay.departure > :from"
                        + " order by r.stay.arrival, r.guest.lastName", Reservation.class)
                .setParameter("s", List.of(ReservationStatus.OPTION, ReservationStatus.CONFIRMED,
                        ReservationStatus.GUARANTEED))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Reservation> inHouse() {
        return em.createQuery(LIST_FETCH + "where r.status = :s order by r.room.number", Reservation.class)
                .setParameter("s", ReservationStatus.IN_HOUSE)
                .getResultList();
    }

    @Override
    public java.util.Optional<Reservation> inHouseIn(String roomNumber) {
        return em.createQuery("select r from Reservation r join r.room room where r.status = :s and room.number = :n",
                        Reservation.class)
                .setParameter("s", ReservationStatus.IN_HOUSE).setParameter("n", roomNumber)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Reservation> inHouseDepartingOn(LocalDate date) {
        return em.createQuery(LIST_FETCH + "where r.status = :s and r.stay.departure = :d"
                        + " order by r.room.number", Reservation.class)
                .setParameter("s", ReservationStatus.IN_HOUSE).setParameter("d", date)
                .getResultList();
    }

    @Override
    public List<Reservation> search(String text, LocalDate from, LocalDate to, int limit) {
        return search(text, from, to, null, null, limit);
    }

    @Override
    public List<Reservation> search(String text, LocalDate from, LocalDate to, ReservationStatus status,
                                    String channel, int limit) {
        int max = Math.max(1, Math.min(limit, 500));
        String needle = SearchKeys.text(text);
        if (needle.isEmpty()) {
            return filtered(LIST_FETCH + "where 1 = 1", Reservation.class, from, to, status, channel, max)
                    .getResultList();
        }
        // Each way of matching (last name, "first last", e-mail, the number) is one indexed prefix or key,
        // read apart: an OR of them would read the whole table on H2 and often on PostgreSQL. The newest
        // of each are merged below.
        Set<Long> ids = new LinkedHashSet<>();
        String upper = needle.toUpperCase(Locale.ROOT);
        if (upper.matches("IK[2-9A-HJ-NP-Z]{8}")) {
            ids.addAll(candidates("r.confirmationNumber = :key", ConfirmationNumber.parse(upper),
                    from, to, status, channel, max));
        }
        String prefix = SearchKeys.startingWith(needle);
        ids.addAll(candidates("r.guestAsBooked.searchLastName like :key escape '\\'", prefix, from, to, status, channel, max));
        ids.addAll(candidates("r.guestAsBooked.searchFullName like :key escape '\\'", prefix, from, to, status, channel, max));
        ids.addAll(candidates("r.guestAsBooked.email like :key escape '\\'", prefix, from, to, status, channel, max));
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(LIST_FETCH + "where r.id in :ids order by r.stay.arrival desc, r.id desc",
                        Reservation.class)
                .setParameter("ids", ids).setMaxResults(max).getResultList();
    }

    /** The ids of the newest {@code max} reservations matching one search condition and the filters. */
    private List<Long> candidates(String condition, Object key, LocalDate from, LocalDate to,
                                  ReservationStatus status, String channel, int max) {
        return filtered("select r.id from Reservation r where " + condition, Long.class, from, to, status, channel, max)
                .setParameter("key", key).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, Class<T> type, LocalDate from, LocalDate to,
                                       ReservationStatus status, String channel, int max) {
        StringBuilder jpql = new StringBuilder(select);
        boolean byChannel = channel != null && !channel.isBlank();
        if (from != null) {
            jpql.append(" and r.stay.departure > :from");
        }
        if (to != null) {
            jpql.append(" and r.stay.arrival <= :to");
        }
        if (status != null) {
            jpql.append(" and r.status = :status");
        }
        if (byChannel) {
            jpql.append(" and r.channel = :channel");
        }
        jpql.append(" order by r.stay.arrival desc, r.id desc");
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        if (byChannel) {
            q.setParameter("channel", channel.trim().toUpperCase(Locale.ROOT));
        }
        return q.setMaxResults(max);
    }

    @Override
    public long countArrivingOn(LocalDate date) {
        return em.createQuery("select count(r) from Reservation r where r.stay.arrival = :d and r.status in :s", Long.class)
                .setParameter("d", date).setParameter("s", ReservationStatus.expectedToArrive()).getSingleResult();
    }

    @Override
    public long countInHouse() {
        return em.createQuery("select count(r) from Reservation r where r.status = :s", Long.class)
                .setParameter("s", ReservationStatus.IN_HOUSE).getSingleResult();
    }

    @Override
    public long countInHouseDepartingOn(LocalDate date) {
        return em.createQuery("select count(r) from Reservation r where r.stay.departure = :d and r.status = :s", Long.class)
                .setParameter("d", date).setParameter("s", ReservationStatus.IN_HOUSE).getSingleResult();
    }

    @Override
    public List<NightSales> salesBetween(LocalDate from, LocalDate to, LocalDate businessDate) {
        return salesBetween(em, from, to, businessDate);
    }

    /** The one query of the nights sold (also what the night audit freezes for the occupancy report). */
    static List<NightSales> salesBetween(EntityManager em, LocalDate from, LocalDate to, LocalDate businessDate) {
        return em.createQuery("select n.night, count(r), sum(n.price.amount), min(n.price.currency)"
                        + " from Reservation r join r.nights n"
                        + " where n.night between :from and :to and (r.status in :came"
                        + " or (r.status in :booked and n.night >= :today))"
                        + " group by n.night order by n.night", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("came", List.of(ReservationStatus.IN_HOUSE, ReservationStatus.CHECKED_OUT))
                .setParameter("booked", List.of(ReservationStatus.OPTION, ReservationStatus.CONFIRMED,
                        ReservationStatus.GUARANTEED))
                .setParameter("today", businessDate)
                .getResultStream()
                .map(row -> new NightSales((LocalDate) row[0], ((Number) row[1]).longValue(),
                        (BigDecimal) row[2], (String) row[3]))
                .toList();
    }
}
