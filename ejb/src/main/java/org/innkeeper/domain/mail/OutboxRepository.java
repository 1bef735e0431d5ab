package org.innkeeper.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OutboxRepository {

    void store(OutboxMessage message);

    /** The message, its row locked until the transaction ends (one sender at a time). */
    Optional<OutboxMessage> findForUpdate(long id);

    /** Messages due for an attempt at {@code now}, oldest first. */
    List<Long> dueAt(Instant now, int limit);

    /** The newest first, of one status or (null) all; without bodies and attachments. */
    List<OutboxEntry> latest(MailStatus status, int limit);

    long count(MailStatus status);
}
