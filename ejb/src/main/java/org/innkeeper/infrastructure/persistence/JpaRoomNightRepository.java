package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomNightRepository;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * Room nights in table {@code room_night}, primary key (room_id, night). A claim first reads who
 * holds the nights (for a clear refusal in the common case), then inserts them; two claims racing
 * for one night are decided by the primary key: the second insert waits for the first transaction
 * and fails with SQLSTATE 23xxx, turned into the same refusal.
 */
@ApplicationScoped
public class JpaRoomNightRepository implements RoomNightRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void claimForStay(Room room, long reservationId, LocalDate from, LocalDate to) {
        claim(room, reservationId, null, from, to);
    }

    @Override
    public void claimForBlock(Room room, long blockId, LocalDate from, LocalDate to) {
        claim(room, null, blockId, from, to);
    }

    private void claim(Room room, Long reservationId, Long blockId, LocalDate from, LocalDate to) {
        em.flush(); // the holder's row must exist before its nights point at it
        Set<LocalDate> own = new HashSet<>();
        List<Object[]> rows = em.createNativeQuery("select night, reservation_id, room_block_id from room_night"
                        + " where room_id = ?1 and night >= ?2 and night < ?3 order by night", Object[].class)
                .setParameter(1, room.id()).setParameter(2, from).setParameter(3, to)
                .getResultList();
        for (Object[] row : rows) {
            LocalDate night = toDate(row[0]);
            Long holderStay = row[1] == null ? null : ((Number) row[1]).longValue();
            if (reservationId != null && reservationId.equals(holderStay)) {
                own.add(night);
                continue;
            }
            throw taken(room, night, row[2] != null);
        }
        try {
            for (LocalDate night = from; night.isBefore(to); night = night.plusDays(1)) {
                if (own.contains(night)) {
                    continue;
                }
                em.createNativeQuery("insert into room_night (room_id, night, reservation_id, room_block_id)"
                                + " values (?1, ?2, ?3, ?4)")
                        .setParameter(1, room.id()).setParameter(2, night)
                        .setParameter(3, reservationId).setParameter(4, blockId)
                        .executeUpdate();
            }
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw new StateConflictException("room-taken", "roomNumber", "room " + room.number()
                        + " was just given to another stay; choose another room");
            }
            throw e;
        }
    }

    private static StateConflictException taken(Room room, LocalDate night, boolean block) {
        return new StateConflictException("room-taken", "roomNumber", "room " + room.number()
                + (block ? " is out of order" : " is given to another stay") + " on the night of " + night);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int releaseStay(long reservationId, LocalDate from) {
        return em.createNativeQuery("delete from room_night where reservation_id = ?1 and night >= ?2")
                .setParameter(1, reservationId).setParameter(2, from).executeUpdate();
    }

    @Override
    public int releaseBlock(long blockId, LocalDate from) {
        return em.createNativeQuery("delete from room_night where room_block_id = ?1 and night >= ?2")
                .setParameter(1, blockId).setParameter(2, from).executeUpdate();
    }

    @Override
    public Set<Long> roomsHeld(LocalDate from, LocalDate to) {
        List<?> ids = em.createNativeQuery("select distinct room_id from room_night where night >= ?1 and night < ?2")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Set<Long> held = new HashSet<>();
        for (Object id : ids) {
            held.add(((Number) id).longValue());
        }
        return held;
    }

    @Override
    public List<Held> held(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select room_id, night, reservation_id, room_block_id from room_night"
                        + " where night >= ?1 and night < ?2 order by room_id, night", Object[].class)
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new Held(((Number) r[0]).longValue(), toDate(r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).longValue()))
                .toList();
    }

    @Override
    public Map<Long, Long> roomsOf(List<Long> reservationIds, LocalDate night) {
        Map<Long, Long> rooms = new HashMap<>();
        if (reservationIds.isEmpty()) {
            return rooms;
        }
        List<Object[]> rows = em.createNativeQuery("select reservation_id, room_id from room_night"
                        + " where night = ?1 and reservation_id in (?2)", Object[].class)
                .setParameter(1, night).setParameter(2, reservationIds).getResultList();
        for (Object[] row : rows) {
            rooms.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return rooms;
    }
}
