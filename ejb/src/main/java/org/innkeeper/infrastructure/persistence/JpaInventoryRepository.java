package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innkeeper.domain.inventory.InventoryNight;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * Inventory changes are single conditional UPDATEs: the database locks each night's row, checks
 * "sold &lt; sellable" on the current value and increments, so two bookings racing for the last
 * room cannot both succeed, on H2 and PostgreSQL alike. Rows are always locked in night order
 * (one statement over an ordered range), so overlapping stays cannot deadlock. The table's check
 * constraint stands behind it.
 */
@ApplicationScoped
public class JpaInventoryRepository implements InventoryRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void reserve(RoomType type, StayPeriod stay, int rooms) {
        if (rooms < 1) {
            throw new IllegalArgumentException("rooms: " + rooms);
        }
        int updated;
        try {
            updated = em.createQuery("update InventoryNight i set i.sold = i.sold + :rooms"
                            + " where i.roomType = :type and i.night >= :from and i.night < :to"
                            + " and i.sold + :rooms <= i.sellable")
                    .setParameter("rooms", rooms)
                    .setParameter("type", type)
                    .setParameter("from", stay.arrival())
                    .setParameter("to", stay.departure())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                // The check constraint refused an increment that raced past the condition.
                throw soldOut(type, stay);
            }
            throw e; // a lock timeout or an outage is not "sold out"
        }
        if (updated != stay.nights()) {
            throw soldOut(type, stay);
        }
    }

    /** SQL state class 23: integrity constraint violation, the same on H2 and PostgreSQL. */
    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static NoAvailabilityException soldOut(RoomType type, StayPeriod stay) {
        return new NoAvailabilityException(type.code(), "no " + type.name() + " is left for every night from "
                + stay.arrival() + " to " + stay.departure());
    }

    @Override
    public void release(RoomType type, StayPeriod stay, int rooms) {
        if (rooms < 1) {
            throw new IllegalArgumentException("rooms: " + rooms);
        }
        int updated = em.createQuery("update InventoryNight i set i.sold = i.sold - :rooms"
                        + " where i.roomType = :type and i.night >= :from and i.night < :to and i.sold >= :rooms")
                .setParameter("rooms", rooms)
                .setParameter("type", type)
                .setParameter("from", stay.arrival())
                .setParameter("to", stay.departure())
                .executeUpdate();
        if (updated != stay.nights()) {
            // Giving back a room a night does not count as sold is a double release, a bug: the
            // transaction rolls back rather than hide it (clamping at zero would).
            throw new IllegalStateException("inventory out of step: releasing " + rooms + " " + type.code()
                    + " from " + stay.arrival() + " to " + stay.departure() + " found " + updated + " of "
                    + stay.nights() + " nights with that many rooms sold");
        }
    }

    @Override
    public void lock(Collection<RoomType> types, LocalDate from, LocalDate to) {
        if (types.isEmpty()) {
            return;
        }
        em.createQuery("select i.id from InventoryNight i where i.roomType in :types"
                        + " and i.night >= :from and i.night < :to order by i.roomType.id, i.night", Long.class)
                .setParameter("types", types)
                .setParameter("from", from)
                .setParameter("to", to)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<InventoryNightView> nights(LocalDate from, LocalDate to) {
        return em.createQuery("select i.roomType.id, i.night, i.sellable, i.sold from InventoryNight i"
                        + " where i.night >= :from and i.night < :to order by i.roomType.id, i.night", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new InventoryNightView((Long) row[0], (LocalDate) row[1], ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue()))
                .toList();
    }

    @Override
    public void changeSellable(RoomType type, LocalDate from, int delta) {
        changeSellable(type, from, LocalDate.of(9999, 12, 31), delta);
    }

    @Override
    public void changeSellable(RoomType type, LocalDate from, LocalDate to, int delta) {
        if (delta == 0) {
            return;
        }
        try {
            em.createQuery("update InventoryNight i set i.sellable = i.sellable + :delta"
                            + " where i.roomType = :type and i.night >= :from and i.night < :to")
                    .setParameter("delta", delta)
                    .setParameter("type", type)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw new StateConflictException("rooms-sold", "more " + type.name()
                        + " rooms are sold on some nights than would be left sellable");
            }
            throw e;
        }
    }

    @Override
    public Map<Long, Integer> roomsLeft(StayPeriod stay) {
        List<Object[]> rows = em.createQuery("select i.roomType.id, min(i.sellable - i.sold), count(i)"
                        + " from InventoryNight i where i.night >= :from and i.night < :to"
                        + " group by i.roomType.id", Object[].class)
                .setParameter("from", stay.arrival())
                .setParameter("to", stay.departure())
                .getResultList();
        Map<Long, Integer> left = new HashMap<>();
        for (Object[] row : rows) {
            if (((Number) row[2]).intValue() == stay.nights()) {
                left.put((Long) row[0], Math.max(0, ((Number) row[1]).intValue()));
            }
        }
        return left;
    }

    @Override
    public void recountFromReservations() {
        Map<String, Integer> held = new HashMap<>();
        em.createQuery("select r.roomType.id, n.night, count(r) from Reservation r join r.nights n"
                        + " where r.status in :holding group by r.roomType.id, n.night", Object[].class)
                .setParameter("holding", ReservationStatus.holdingInventory())
                .getResultStream()
                .forEach(row -> held.put(row[0] + "/" + row[1], ((Number) row[2]).intValue()));
        em.createQuery("select i from InventoryNight i join fetch i.roomType", InventoryNight.class)
                .getResultStream()
                .forEach(night -> night.recount(held.getOrDefault(night.roomTypeId() + "/" + night.night(), 0)));
    }

    @Override
    public List<CountDifference> differences(LocalDate from, LocalDate to) {
        Map<String, Integer> held = new HashMap<>();
        em.createQuery("select r.roomType.id, n.night, count(r) from Reservation r join r.nights n"
                        + " where r.status in :holding and n.night >= :from and n.night < :to"
                        + " group by r.roomType.id, n.night", Object[].class)
                .setParameter("holding", ReservationStatus.holdingInventory())
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .forEach(row -> held.put(row[0] + "/" + row[1], ((Number) row[2]).intValue()));
        List<CountDifference> differences = new java.util.ArrayList<>();
        em.createQuery("select i.roomType.id, i.roomType.code, i.night, i.sold from InventoryNight i"
                        + " where i.night >= :from and i.night < :to order by i.night, i.roomType.code", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .forEach(row -> {
                    int sold = ((Number) row[3]).intValue();
                    Integer holding = held.remove(row[0] + "/" + row[2]);
                    int h = holding == null ? 0 : holding;
                    if (sold != h) {
                        differences.add(new CountDifference((String) row[1], (LocalDate) row[2], sold, h));
                    }
                });
        // reservations holding a night that has no inventory at all
        held.forEach((key, count) -> {
            long typeId = Long.parseLong(key.substring(0, key.indexOf('/')));
            differences.add(new CountDifference(em.find(RoomType.class, typeId).code(),
                    LocalDate.parse(key.substring(key.indexOf('/') + 1)), 0, count));
        });
        return differences;
    }

    @Override
    public void open(RoomType type, LocalDate from, LocalDate to, int sellable) {
        Set<LocalDate> existing = new HashSet<>(em.createQuery("select i.night from InventoryNight i"
                        + " where i.roomType = :type and i.night between :from and :to", LocalDate.class)
                .setParameter("type", type).setParameter("from", from).setParameter("to", to)
                .getResultList());
        for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
            if (!existing.contains(night)) {
                em.persist(new InventoryNight(type, night, sellable));
            }
        }
    }
}
