package org.innkeeper.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What a step of the night audit did, in words and numbers: written in the step's transaction. */
@Entity
@Table(name = "night_audit_log")
public class AuditLogLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "night_audit_log_seq")
    @SequenceGenerator(name = "night_audit_log_seq", sequenceName = "night_audit_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(nullable = false)
    private int step;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_whom", nullable = false, length = 60)
    private String by;

    @Column(nullable = false, length = 500)
    private String message;

    protected AuditLogLine() {
    }

    public AuditLogLine(LocalDate businessDate, AuditStep step, Instant at, String by, String message) {
        this.businessDate = businessDate;
        this.step = step.number();
        this.at = at;
        this.by = by;
        this.message = message.length() > 500 ? message.substring(0, 497) + "..." : message;
    }

    public Long id() {
        return id;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public int step() {
        return step;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String message() {
        return message;
    }
}
