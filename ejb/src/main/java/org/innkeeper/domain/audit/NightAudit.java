package org.innkeeper.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * The night audit of one business date: the last step it finished. A step's work and its number
 * are committed in one transaction, so an audit stopped anywhere (an error, a kill) resumes after
 * the last step it finished, and a step is never done twice. One row per date: the primary key
 * says there is one audit of a day.
 */
@Entity
@Table(name = "night_audit")
public class NightAudit {

    public enum Status {
        RUNNING, DONE
    }

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(name = "last_step", nullable = false)
    private int lastStep;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected NightAudit() {
    }

    public NightAudit(LocalDate businessDate, String by, Instant at) {
        this.businessDate = businessDate;
        this.status = Status.RUNNING;
        this.startedAt = at;
        this.startedBy = by;
    }

    /** Whether {@code step} is still to do. */
    public boolean needs(AuditStep step) {
        return lastStep < step.number();
    }

    /** The next step is done: only in order. */
    public void finished(AuditStep step, Instant at) {
        if (step.number() != lastStep + 1) {
            throw new StateConflictException("audit-out-of-order", "the audit of " + businessDate
                    + " finished step " + lastStep + "; step " + step.number() + " can't be next");
        }
        lastStep = step.number();
        if (step == AuditStep.ROLL_DATE) {
            status = Status.DONE;
            finishedAt = at;
        }
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public int lastStep() {
        return lastStep;
    }

    public Status status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
