package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.MailService;
import org.innkeeper.application.dto.OutboxMessageView;
import org.innkeeper.application.dto.OutboxView;
import org.innkeeper.domain.mail.MailAttachment;
import org.innkeeper.domain.mail.MailKind;
import org.innkeeper.domain.mail.MailStatus;
import org.innkeeper.domain.mail.OutboxEntry;
import org.innkeeper.domain.mail.OutboxMessage;
import org.innkeeper.domain.mail.OutboxRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.infrastructure.mail.SmtpServer;

/** {@link LocalBean}: its transactional steps are called through the container ({@code self}). */
@Stateless
@LocalBean
public class DefaultMailService implements MailService {

    private static final Logger LOG = Logger.getLogger(DefaultMailService.class.getName());
    /** At most this many messages per round; the next round takes the rest. */
    static final int BATCH = 200;

    @Inject
    OutboxRepository outbox;
    @Inject
    SmtpServer smtp;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;
    @EJB
    DefaultMailService self;

    @Override
    public long queue(String recipient, String subject, String body, MailKind kind, String confirmationNumber) {
        return store(recipient, subject, body, null, kind, confirmationNumber);
    }

    @Override
    public long queue(String recipient, String subject, String body, String attachmentName, String contentType,
                      byte[] attachment, MailKind kind, String confirmationNumber) {
        return store(recipient, subject, body, new MailAttachment(attachmentName, contentType, attachment), kind,
                confirmationNumber);
    }

    private long store(String recipient, String subject, String body, MailAttachment attachment, MailKind kind,
                       String confirmationNumber) {
        OutboxMessage message = new OutboxMessage(recipient, subject, body, attachment, kind, confirmationNumber,
                actor.name(), calendar.now());
        outbox.store(message);
        LOG.fine(() -> "Queued " + kind + " for " + confirmationNumber);
        return message.id();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendPending() {
        if (!smtp.configured()) {
            return 0;
        }
        int sent = 0;
        for (Long id : self.due()) {
            if (self.send(id)) {
                sent++;
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return outbox.dueAt(calendar.now(), BATCH);
    }

    /**
     * One message, in a transaction of its own, its row locked while it is sent (the timer and a
     * clerk's "send now" never send it twice): SENT, or FAILED with the reason. True if sent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id) {
        OutboxMessage message = outbox.findForUpdate(id).orElse(null);
        if (message == null || !message.isDue(calendar.now())) {
            return false; // sent meanwhile by the other sender
        }
        try {
            smtp.send(message, calendar.now());
            message.sent(calendar.now());
            LOG.info(() -> "Sent " + message.kind() + " " + message.confirmationNumber() + " (message " + id + ")");
            return true;
        } catch (MessagingException e) {
            message.failed(reason(e), calendar.now());
            LOG.warning(() -> "Message " + id + " not sent (attempt " + message.attempts() + "): " + message.lastError());
            return false;
        }
    }

    /** What went wrong, in a line: the exception and what caused it, no stack trace. */
    private static String reason(MessagingException e) {
        StringBuilder line = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            line.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return line.toString();
    }

    @Override
    public OutboxView outbox(String status, int limit) {
        MailStatus wanted = status == null || status.isBlank() ? null : status(status);
        List<OutboxMessageView> messages = outbox.latest(wanted, limit).stream().map(DefaultMailService::view).toList();
        return new OutboxView(smtp.configured(), outbox.count(MailStatus.PENDING), outbox.count(MailStatus.FAILED), messages);
    }

    private static MailStatus status(String status) {
        try {
            return MailStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "PENDING, SENT or FAILED");
        }
    }

    private static OutboxMessageView view(OutboxEntry m) {
        return new OutboxMessageView(m.id(), m.createdAt(), m.createdBy(), m.recipient(), m.subject(), m.kind().name(),
                m.confirmationNumber(), m.attachmentName(), m.status().name(), m.attempts(), m.lastError(), m.sentAt(),
                m.nextAttemptAt());
    }
}
