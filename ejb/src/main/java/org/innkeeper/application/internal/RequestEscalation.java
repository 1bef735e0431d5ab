package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.innkeeper.application.MailService;
import org.innkeeper.domain.mail.MailKind;
import org.innkeeper.domain.request.EscalationContact;
import org.innkeeper.domain.request.GuestRequest;
import org.innkeeper.domain.request.GuestRequestRepository;
import org.innkeeper.domain.request.StaffNotice;

/**
 * Raises overdue requests to the department's supervisor, then the duty manager. Each request in a
 * transaction of its own; the level changes by a conditional UPDATE, so when two servers' timers (or
 * two threads) escalate the same request at once exactly one wins, and only the winner notifies.
 */
@Stateless
@LocalBean
public class RequestEscalation {

    private static final Logger LOG = Logger.getLogger(RequestEscalation.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    @Inject
    GuestRequestRepository requests;
    @Inject
    HotelCalendar calendar;
    @EJB
    MailService mail;

    public List<Long> candidates(Instant at) {
        return requests.escalationCandidates(at);
    }

    /** Escalates the request if it is due at {@code at} and nobody else did first; whether this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean escalate(long id, Instant at) {
        GuestRequest request = requests.find(id).orElse(null);
        if (request == null) {
            return false;
        }
        int from = request.escalationLevel();
        int due = request.dueEscalationLevel(at);
        if (due <= from) {
            return false;
        }
        String role = due == GuestRequest.SUPERVISOR ? "supervisor" : "duty manager";
        EscalationContact contact = requests.escalationContact(request.department(), due).orElse(null);
        String to = contact == null ? role : contact.username();
        if (!requests.escalate(id, from, due, to, at)) {
            return false;
        }
        String why = request.acknowledgedAt() == null && due == GuestRequest.SUPERVISOR
                ? "no first response by its target" : "not resolved by its target";
        request.escalated(due, to, why, at);
        String message = "Request #" + id + " (" + request.category().name() + ", room "
                + (request.roomNumber() == null ? "-" : request.roomNumber()) + ", " + request.tier() + ") "
                + why + "; escalated to you as " + role;
        if (contact != null) {
            requests.store(new StaffNotice(contact.username(), request, message, at));
            if (contact.email() != null) {
                ZoneId zone = calendar.hotel().timeZone();
                mail.queue(contact.email(), "Escalated: guest request #" + id + " (" + request.category().name() + ")",
                        message + "\n\nLogged " + TIME.format(request.loggedAt().atZone(zone)) + " by "
                                + request.loggedBy() + ".\nThe guest asked: " + request.description()
                                + "\n\nPlease report back on the request.\n",
                        MailKind.REQUEST_ESCALATION, request.reservation().confirmationNumber().value());
            }
        }
        LOG.info(() -> "Request " + id + " escalated to level " + due + " (" + to + ")");
        return true;
    }
}
