package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.NightAuditService;
import org.innkeeper.application.dto.AuditRunRequest;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.shared.DomainException;

/**
 * The night audit by itself, for a hotel that set an hour for it: every ten minutes, once the hotel's
 * clock has passed that hour of the night after the business date (or of the business date itself, for
 * an hour from noon on), the audit of the business date runs with its warnings acknowledged. A blocking
 * pre-check stops it; it tries again ten minutes later, and the desk sees why on the audit page.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutomaticNightAudit {

    private static final Logger LOG = Logger.getLogger(AutomaticNightAudit.class.getName());

    @EJB
    NightAuditService audit;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
    void runWhenDue() {
        try {
            Hotel hotel = calendar.hotel();
            LocalDate date = hotel.businessDate();
            if (!due(hotel.auditHour(), date, LocalDateTime.ofInstant(calendar.now(), hotel.timeZone()))) {
                return;
            }
            actor.actAs("night-audit-timer");
            audit.run(new AuditRunRequest(date, true));
            LOG.info(() -> "The automatic night audit closed " + date);
        } catch (DomainException refused) {
            LOG.warning(() -> "The automatic night audit did not run: " + refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The automatic night audit failed; it is tried again in ten minutes", e);
        }
    }

    /** Whether the audit of {@code businessDate} is due at {@code now} (hotel time) for an audit hour. */
    static boolean due(Integer auditHour, LocalDate businessDate, LocalDateTime now) {
        if (auditHour == null) {
            return false;
        }
        LocalDate day = auditHour < 12 ? businessDate.plusDays(1) : businessDate;
        return !now.isBefore(day.atTime(auditHour, 0));
    }
}
