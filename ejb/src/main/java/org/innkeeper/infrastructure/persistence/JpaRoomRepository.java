package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;

@ApplicationScoped
public class JpaRoomRepository implements RoomRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<RoomType> roomTypes() {
        return em.createQuery("select t from RoomType t order by t.sortOrder, t.code", RoomType.class).getResultList();
    }

    @Override
    public Optional<RoomType> roomType(String code) {
        return em.createQuery("select t from RoomType t where t.code = :code", RoomType.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Room> room(String number) {
        return em.createQuery("select r from Room r join fetch r.roomType where r.number = :n", Room.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<Room> roomForUpdate(String number) {
        // One SELECT ... FOR UPDATE that waits for the row and then reads it as committed (not a read
        // followed by a lock, which fails as stale when someone changed the room meanwhile).
        return em.createQuery("select r from Room r where r.number = :n", Room.class)
                .setParameter("n", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Room> rooms() {
        return em.createQuery("select r from Room r join fetch r.roomType order by r.number", Room.class)
                .getResultList();
    }

    @Override
    public List<Room> assignableRooms(RoomType type) {
        return em.createQuery("select r from Room r join fetch r.roomType where r.roomType = :type"
                        + " and r.occupancy = :vacant and r.housekeeping <> :dirty order by r.number", Room.class)
                .setParameter("type", type)
                .setParameter("vacant", Occupancy.VACANT)
                .setParameter("dirty", HousekeepingStatus.DIRTY)
                .getResultList();
    }

    @Override
    public Map<Long, Long> roomCountsByType() {
        return em.createQuery("select r.roomType.id, count(r) from Room r group by r.roomType.id", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public long countRooms() {
        return em.createQuery("select count(r) from Room r", Long.class).getSingleResult();
    }

    @Override
    public void store(RoomType type) {
        em.persist(type);
    }

    @Override
    public void store(Room room) {
        em.persist(room);
    }

    @Override
    public void store(org.innkeeper.domain.room.RoomBlock block) {
        em.persist(block);
    }

    @Override
    public Optional<org.innkeeper.domain.room.RoomBlock> blockForUpdate(long id) {
        return Optional.ofNullable(em.find(org.innkeeper.domain.room.RoomBlock.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<org.innkeeper.domain.room.RoomBlock> blocksFrom(java.time.LocalDate from) {
        // No alias on a fetch join: WildFly holds queries to the JPA specification, which forbids it.
        return em.createQuery("select b from RoomBlock b join fetch b.room"
                        + " where b.endedAt is null and b.to > :from order by b.from, b.room.number",
                        org.innkeeper.domain.room.RoomBlock.class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public List<org.innkeeper.domain.room.RoomBlock> blocksEndedBy(java.time.LocalDate date) {
        return em.createQuery("select b from RoomBlock b join fetch b.room where b.endedAt is null and b.to <= :d",
                        org.innkeeper.domain.room.RoomBlock.class)
                .setParameter("d", date).getResultList();
    }
}
