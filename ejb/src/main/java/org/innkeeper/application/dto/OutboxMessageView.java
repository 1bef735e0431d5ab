package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message to a guest as the outbox lists it. {@code kind} is BOOKING_CONFIRMATION or INVOICE;
 * {@code status} PENDING, SENT or FAILED; {@code lastError} is the last failure in a line;
 * {@code nextAttemptAt} is when it is tried (again), null when it will not be (sent, or out of attempts).
 */
public record OutboxMessageView(long id, Instant createdAt, String createdBy, String recipient, String subject,
                                String kind, String confirmationNumber, String attachmentName, String status,
                                int attempts, String lastError, Instant sentAt, Instant nextAttemptAt)
        implements Serializable {
}
