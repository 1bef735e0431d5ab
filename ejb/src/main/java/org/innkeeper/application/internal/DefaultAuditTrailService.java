package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.innkeeper.application.Actor;
import org.innkeeper.application.AuditTrailService;
import org.innkeeper.application.dto.ChangeView;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.history.AuditedTable;
import org.innkeeper.infrastructure.history.ChangeLog;

@Stateless
public class DefaultAuditTrailService implements AuditTrailService {

    static final int MAX_CHANGES = 1000;

    @PersistenceContext
    EntityManager em;
    @Inject
    ReservationRepository reservations;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    @Override
    public List<ChangeView> reservationHistory(String confirmationNumber) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        Reservation r = reservations.find(number).orElseThrow(() -> new NotFoundException("Reservation", number.value()));
        return history(em, r.id());
    }

    /** The reservation's own changes and its postings', oldest first. */
    static List<ChangeView> history(EntityManager em, long reservationId) {
        List<Long> postings = em.createQuery("select p.id from Folio f join f.postings p where f.reservation.id = :id",
                Long.class).setParameter("id", reservationId).getResultList();
        List<ChangeLog.Change> changes = read(em, log -> {
            List<ChangeLog.Change> all = new ArrayList<>(log.of(AuditedTable.RESERVATION, List.of(reservationId)));
            all.addAll(log.of(AuditedTable.POSTING, postings));
            return all;
        });
        changes.sort(java.util.Comparator.comparingLong(ChangeLog.Change::revision));
        return changes.stream().map(DefaultAuditTrailService::view).toList();
    }

    @Override
    public List<ChangeView> changes(LocalDate from, LocalDate to, String by, String kind, int limit) {
        if (!actor.isManager()) {
            throw new StateConflictException("manager-only", "only a manager reads the audit trail");
        }
        ZoneId zone = calendar.hotel().timeZone();
        LocalDate today = LocalDate.ofInstant(calendar.now(), zone);
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? (start.isAfter(today) ? start : today) : to;
        if (end.isBefore(start)) {
            throw new InvalidValueException("to", "the period ends before it starts");
        }
        if (limit < 1 || limit > MAX_CHANGES) {
            throw new InvalidValueException("limit", "is not between 1 and " + MAX_CHANGES);
        }
        AuditedTable only = kind(kind);
        String who = by == null || by.isBlank() ? null : by.trim();
        return read(em, log -> log.between(start.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant(),
                who, only, limit)).stream().map(DefaultAuditTrailService::view).toList();
    }

    private static AuditedTable kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return AuditedTable.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("kind", "is not one of " + KINDS);
        }
    }

    private interface Reading<T> {
        T from(ChangeLog log) throws SQLException;
    }

    private static <T> T read(EntityManager em, Reading<T> reading) {
        return em.unwrap(Session.class).doReturningWork(connection -> reading.from(new ChangeLog(connection)));
    }

    static ChangeView view(ChangeLog.Change c) {
        return new ChangeView(c.revision(), c.at(), c.actor(), c.kind().name(), c.key(), c.label(), c.action(),
                c.fields().stream().map(f -> new ChangeView.Field(f.field(), f.before(), f.after())).toList());
    }
}
