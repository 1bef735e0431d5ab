package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.innkeeper.application.Actor;
import org.innkeeper.application.GuestDataService;
import org.innkeeper.application.dto.ChangeView;
import org.innkeeper.application.dto.GuestDataView;
import org.innkeeper.application.dto.GuestErasureView;
import org.innkeeper.application.dto.RetentionView;
import org.innkeeper.domain.guest.GuestErasure;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.history.GuestDataStore;

@Stateless
public class DefaultGuestDataService implements GuestDataService {

    private static final Logger LOG = Logger.getLogger(DefaultGuestDataService.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    private interface Work<T> {
        T with(java.sql.Connection connection) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        em.flush(); // what this transaction changed is what the SQL reads
        return em.unwrap(Session.class).doReturningWork(work::with);
    }

    private GuestDataStore store(long guestId) {
        GuestDataStore store = sql(c -> new GuestDataStore(c, guestId));
        if (!store.exists()) {
            throw new NotFoundException("Guest", String.valueOf(guestId));
        }
        return store;
    }

    private void requireManager(String what) {
        if (!actor.isManager()) {
            throw new StateConflictException("manager-only", "only a manager " + what);
        }
    }

    @Override
    public GuestDataView export(long guestId) {
        requireManager("exports a guest's data");
        GuestDataStore store = store(guestId);
        List<ChangeView> history = new ArrayList<>();
        for (long reservation : store.reservations()) {
            history.addAll(DefaultAuditTrailService.history(em, reservation));
        }
        LOG.info(() -> "Guest " + guestId + "'s data exported by " + actor.name());
        return new GuestDataView(guestId, calendar.now(), actor.name(), sql(c -> store.on(c).export()), history);
    }

    @Override
    public GuestErasureView erase(long guestId) {
        requireManager("erases a guest's data");
        GuestDataStore store = store(guestId);
        long current = em.createQuery("select count(r) from Reservation r where r.id in :ids and (r.status = :inHouse"
                        + " or (r.status in :holding and r.stay.departure >= :today))", Long.class)
                .setParameter("ids", store.reservations().isEmpty() ? List.of(-1L) : store.reservations())
                .setParameter("inHouse", ReservationStatus.IN_HOUSE)
                .setParameter("holding", List.of(ReservationStatus.OPTION, ReservationStatus.CONFIRMED,
                        ReservationStatus.GUARANTEED, ReservationStatus.WAITLISTED))
                .setParameter("today", calendar.businessDate())
                .getSingleResult();
        if (current > 0) {
            throw new StateConflictException("guest-current", "the guest is in house or has a reservation to come;"
                    + " erase their data after they leave");
        }
        return erase(guestId, store, GuestErasure.Reason.REQUEST);
    }

    private GuestErasureView erase(long guestId, GuestDataStore store, GuestErasure.Reason reason) {
        Instant now = calendar.now();
        int reservations = sql(c -> store.on(c).anonymise(now, actor.name()));
        em.clear(); // the rows changed under the persistence context
        GuestErasure erasure = new GuestErasure(guestId, now, actor.name(), reason, reservations);
        em.persist(erasure);
        LOG.info(() -> "Guest " + guestId + "'s data erased (" + reason + ") by " + actor.name());
        return new GuestErasureView(guestId, now, actor.name(), reason.name(), reservations);
    }

    @Override
    public RetentionView retention() {
        requireManager("reads the retention period");
        Hotel hotel = calendar.hotel();
        return new RetentionView(hotel.guestRetentionDays(), cutoff(hotel), List.of());
    }

    @Override
    public RetentionView keepGuestDataFor(int days) {
        requireManager("sets the retention period");
        Hotel hotel = em.find(Hotel.class, Hotel.THE_HOTEL);
        hotel.keepGuestDataFor(days);
        LOG.info(() -> "Guests' data kept " + days + " days after their last stay, set by " + actor.name());
        return new RetentionView(days, cutoff(hotel), List.of());
    }

    @Override
    public RetentionView applyRetention() {
        requireManager("runs the retention");
        Hotel hotel = calendar.hotel();
        LocalDate cutoff = cutoff(hotel);
        Instant madeBefore = cutoff.atStartOfDay(hotel.timeZone()).toInstant();
        List<Long> due = sql(c -> GuestDataStore.beyondRetention(c, cutoff, madeBefore, RETENTION_BATCH));
        for (long guestId : due) {
            erase(guestId, store(guestId), GuestErasure.Reason.RETENTION);
        }
        if (!due.isEmpty()) {
            LOG.info(() -> due.size() + " guest(s) past the retention period erased, run by " + actor.name());
        }
        return new RetentionView(hotel.guestRetentionDays(), cutoff, due);
    }

    /** A last stay that ended before this day is kept no longer. */
    private LocalDate cutoff(Hotel hotel) {
        return calendar.businessDate().minusDays(hotel.guestRetentionDays());
    }
}
