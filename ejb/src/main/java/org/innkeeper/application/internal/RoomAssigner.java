package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.innkeeper.application.Actor;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.shared.DomainException;

/**
 * One automatic assignment in a transaction of its own, so that a room someone else took meanwhile
 * (the database refuses the claim) costs only that one try, not the whole batch.
 */
@Stateless
public class RoomAssigner {

    @Inject
    ReservationRepository reservations;
    @Inject
    Rooming rooming;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;
    @PersistenceContext
    EntityManager em;

    /** Gives the room to the reservation if it still has none; null on success, else why not. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String give(long reservationId, long roomId) {
        Today today = calendar.today();
        Reservation r = reservations.findForUpdate(reservationId).orElse(null);
        if (r == null || r.room() != null || !r.status().isUpcoming()) {
            return "the reservation changed meanwhile";
        }
        Room room = rooming.roomForUpdate(em.find(Room.class, roomId).number()); // a method: Rooming is a CDI proxy
        try {
            rooming.claim(room, r, r.stay().arrival());
            r.assignRoom(room, null, today.businessDate(), actor.name(), today.instant());
            em.flush();
            return null;
        } catch (DomainException refused) {
            // the claim was refused by the database: this transaction is spoilt, roll it back
            markRollback();
            return refused.getMessage();
        }
    }

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    private void markRollback() {
        if (context != null) {
            context.setRollbackOnly();
        }
    }
}
