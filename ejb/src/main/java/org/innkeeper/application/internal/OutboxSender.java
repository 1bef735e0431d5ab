package org.innkeeper.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.application.MailService;

/**
 * Every {@code innkeeper.mail.interval.seconds} (20 by default): the outbox's due messages are sent.
 * A clerk can send them at once from the outbox page too; the row lock keeps the two apart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final String INTERVAL_PROPERTY = "innkeeper.mail.interval.seconds";

    @Resource
    TimerService timers;
    @EJB
    MailService mail;

    @PostConstruct
    void start() {
        long seconds = Math.max(1, Long.getLong(INTERVAL_PROPERTY, 20));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("outbox", false));
    }

    @Timeout
    void sendDue() {
        try {
            int sent = mail.sendPending();
            if (sent > 0) {
                LOG.info(() -> sent + " e-mail(s) sent from the outbox");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; tried again at the next round", e);
        }
    }
}
