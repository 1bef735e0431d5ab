package org.innkeeper.domain.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface NightAuditRepository {

    Optional<NightAudit> find(LocalDate businessDate);

    /** The audit with its row locked until the transaction ends: two runs take turns. */
    Optional<NightAudit> findForUpdate(LocalDate businessDate);

    /** The most recent audits, newest first. */
    List<NightAudit> latest(int limit);

    void store(NightAudit audit);

    void log(AuditLogLine line);

    List<AuditLogLine> log(LocalDate businessDate);
}
