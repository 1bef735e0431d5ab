package org.innkeeper.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a request's history: what happened, from which state to which, who and when, and their note. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    public enum Kind { LOGGED, ACKNOWLEDGED, STARTED, RESOLVED, REOPENED, ESCALATED, REPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    @SequenceGenerator(name = "request_event_seq", sequenceName = "request_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private GuestRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 15)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 15)
    private RequestStatus toStatus;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_whom", nullable = false, length = 60)
    private String by;

    @Column(length = 1000)
    private String note;

    protected RequestEvent() {
    }

    RequestEvent(GuestRequest request, Kind kind, RequestStatus from, RequestStatus to, Instant at, String by, String note) {
        this.request = request;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.at = at;
        this.by = by;
        this.note = note;
    }

    public Kind kind() {
        return kind;
    }

    public RequestStatus fromStatus() {
        return fromStatus;
    }

    public RequestStatus toStatus() {
        return toStatus;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String note() {
        return note;
    }
}
