package org.innkeeper.domain.mail;

import java.time.Instant;

/** A message as the outbox lists it: without its body and attachment bytes (read by a projection). */
public record OutboxEntry(long id, Instant createdAt, String createdBy, String recipient, String subject,
                          MailKind kind, String confirmationNumber, String attachmentName, MailStatus status,
                          int attempts, Instant lastAttemptAt, String lastError, Instant sentAt) {

    /** When the sender tries it (again); null when it will not (sent, or out of attempts). */
    public Instant nextAttemptAt() {
        return OutboxMessage.nextAttempt(status, attempts, lastAttemptAt, createdAt);
    }
}
