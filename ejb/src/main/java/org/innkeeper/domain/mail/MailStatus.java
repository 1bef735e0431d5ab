package org.innkeeper.domain.mail;

/**
 * Where a message is: PENDING until the first attempt (and for as long as no SMTP server is
 * configured), SENT once the server took it, FAILED when the last attempt failed (tried again
 * until {@link OutboxMessage#MAX_ATTEMPTS}).
 */
public enum MailStatus {
    PENDING, SENT, FAILED
}
