package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One thing that happened to a stay at the desk: what, when, by whom and why. Never changed. */
@Entity
@Table(name = "stay_event")
public class StayEvent {

    /** What happened. */
    public enum Kind {
        ASSIGNED, UNASSIGNED, UPGRADED, QUEUED, CHECKED_IN, CHECK_IN_UNDONE, MOVED, EXTENDED, SHORTENED, CHECKED_OUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stay_event_seq")
    @SequenceGenerator(name = "stay_event_seq", sequenceName = "stay_event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(name = "done_by", nullable = false, length = 40)
    private String by;

    @Column(length = 300)
    private String detail;

    protected StayEvent() {
    }

    StayEvent(Kind kind, LocalDate businessDate, Instant at, String by, String detail) {
        this.kind = kind;
        this.businessDate = businessDate;
        this.at = at;
        this.by = by == null || by.isBlank() ? "system" : by;
        this.detail = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String detail() {
        return detail;
    }
}
