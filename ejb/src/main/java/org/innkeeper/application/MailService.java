package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import org.innkeeper.application.dto.OutboxView;
import org.innkeeper.domain.mail.MailKind;

/**
 * E-mail to guests through the outbox: a message is queued in the caller's transaction (so it exists
 * if and only if the change it is about commits) and sent afterwards by the server's mail session,
 * each in a transaction of its own; every message stays in the outbox for staff to see.
 */
@Local
public interface MailService {

    /** Queues a plain-text message; its id. Joins the caller's transaction. */
    long queue(@NotNull String recipient, @NotNull String subject, @NotNull String body, @NotNull MailKind kind,
               String confirmationNumber);

    /**
     * Queues a plain-text message with one attached file (e.g. {@code invoice-2027-000123.pdf},
     * {@code application/pdf}, the PDF's bytes); its id. Joins the caller's transaction.
     */
    long queue(@NotNull String recipient, @NotNull String subject, @NotNull String body, @NotNull String attachmentName,
               @NotNull String contentType, @NotNull byte[] attachment, @NotNull MailKind kind, String confirmationNumber);

    /**
     * Sends what is due now (pending, and failed ones whose pause is over), each in a transaction of
     * its own; how many were sent. Nothing, while no SMTP server is configured.
     */
    int sendPending();

    /** The outbox, newest first: all messages or those of one status (PENDING, SENT, FAILED). */
    OutboxView outbox(String status, int limit);
}
