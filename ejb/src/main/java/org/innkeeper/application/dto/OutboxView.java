package org.innkeeper.application.dto;

import java.io.Serializable;
import java.util.List;

/**
 * The outbox: whether an SMTP server is configured (if not, messages wait as PENDING until one is),
 * how many messages are pending and failed, and the latest messages, newest first.
 */
public record OutboxView(boolean smtpConfigured, long pending, long failed, List<OutboxMessageView> messages)
        implements Serializable {
}
