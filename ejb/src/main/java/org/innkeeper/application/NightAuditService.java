package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.innkeeper.application.dto.AuditRunRequest;
import org.innkeeper.application.dto.NightAuditView;

/**
 * The close of the business day: pre-checks, no-shows, room and tax posting, housekeeping,
 * statistics, and the roll of the business date. Resumable: an audit stopped anywhere goes on
 * after the last step it finished; run twice, it posts nothing twice.
 */
@Local
public interface NightAuditService {

    /** The business date, its pre-checks, and the last audit. */
    NightAuditView status();

    /**
     * Runs (or resumes) the audit of the business date. Refused (409) while a blocking pre-check
     * fails, or while warnings are not acknowledged; nothing changes then.
     */
    NightAuditView run(@NotNull @jakarta.validation.Valid AuditRunRequest request);

    /** The hour (0 to 23, hotel time) the audit runs by itself; null: only by hand. Managers only. */
    NightAuditView scheduleAt(Integer hour);

    /** The audit of a past business date, with its log. */
    NightAuditView.Run audit(LocalDate businessDate);
}
