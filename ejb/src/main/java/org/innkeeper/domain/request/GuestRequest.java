package org.innkeeper.domain.request;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A guest's request during (or before) the stay: what, for which department, by when it must be
 * answered and resolved (the targets of its category and the guest's tier, fixed when it is logged),
 * its state and every change of it with who and when.
 */
@Entity
@Table(name = "guest_request")
public class GuestRequest {

    /** Escalation levels: nobody yet, the department's supervisor, the duty manager. */
    public static final int SUPERVISOR = 1;
    public static final int DUTY_MANAGER = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guest_request_seq")
    @SequenceGenerator(name = "guest_request_seq", sequenceName = "guest_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reservation_id")
    private Reservation reservation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guest_id")
    private Guest guest;

    @Column(name = "room_number", length = 10)
    private String roomNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    private RequestCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestDepartment department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RequestPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GuestTier tier;

    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private RequestSource source;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "logged_by", nullable = false, length = 60)
    private String loggedBy;

    @Column(name = "response_due_at", nullable = false)
    private Instant responseDueAt;

    @Column(name = "resolution_due_at", nullable = false)
    private Instant resolutionDueAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** Changed only by the repository's conditional UPDATE, so that one of racing timers wins. */
    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_to", length = 40)
    private String escalatedTo;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<RequestEvent> history = new ArrayList<>();

    protected GuestRequest() {
    }

    /** A new request; its deadlines count from {@code at}. */
    public GuestRequest(Reservation reservation, RequestCategory category, RequestPriority priority,
                        ResponseTarget target, String description, RequestSource source, String by, Instant at) {
        if (description == null || description.isBlank()) {
            throw new InvalidValueException("description", "say what the guest asks for");
        }
        if (description.length() > 1000) {
            throw new InvalidValueException("description", "at most 1000 characters");
        }
        this.reservation = reservation;
        this.guest = reservation.guest();
        this.roomNumber = reservation.room() == null ? null : reservation.room().number();
        this.category = category;
        this.department = category.department();
        this.priority = priority == null ? category.priority() : priority;
        this.tier = GuestTier.of(reservation.guest());
        this.description = FreeText.lines("description", description.strip());
        this.source = source;
        this.status = RequestStatus.OPEN;
        this.loggedAt = at;
        this.loggedBy = by;
        this.responseDueAt = target.responseDue(at);
        this.resolutionDueAt = target.resolutionDue(at);
        history.add(new RequestEvent(this, RequestEvent.Kind.LOGGED, null, status, at, by, null));
    }

    public void acknowledge(String by, Instant at) {
        move(RequestStatus.ACKNOWLEDGED, RequestEvent.Kind.ACKNOWLEDGED, null, by, at);
    }

    public void start(String by, Instant at) {
        move(RequestStatus.IN_PROGRESS, RequestEvent.Kind.STARTED, null, by, at);
    }

    public void resolve(String note, String by, Instant at) {
        move(RequestStatus.RESOLVED, RequestEvent.Kind.RESOLVED, note(note, false), by, at);
        resolvedAt = at;
    }

    /** The guest says it is not done: open again, with a fresh resolution time from now. */
    public void reopen(String reason, ResponseTarget target, String by, Instant at) {
        move(RequestStatus.REOPENED, RequestEvent.Kind.REOPENED, note(reason, true), by, at);
        Duration resolution = Duration.ofMinutes(target.resolutionMinutes());
        resolvedAt = null;
        resolutionDueAt = at.plus(resolution);
    }

    /** The escalated person (or anyone working on it) reports back: kept in the history, the state unchanged. */
    public void report(String note, String by, Instant at) {
        history.add(new RequestEvent(this, RequestEvent.Kind.REPORT, status, status, at, by, note(note, true)));
    }

    /**
     * How many of its targets the request has missed at {@code at}: the first response (not given by
     * its due time) and the resolution (not done by its due time). Each missed target is one level up.
     */
    public int dueEscalationLevel(Instant at) {
        int missed = 0;
        if (acknowledgedAt == null ? !at.isBefore(responseDueAt) : acknowledgedAt.isAfter(responseDueAt)) {
            missed++;
        }
        if (status.isOpen() && !at.isBefore(resolutionDueAt)) {
            missed++;
        }
        return Math.min(missed, DUTY_MANAGER);
    }

    public boolean overdue(Instant at) {
        return status.isOpen() && ((acknowledgedAt == null && !at.isBefore(responseDueAt))
                || !at.isBefore(resolutionDueAt));
    }

    /** Records the escalation the repository made (its conditional UPDATE won). */
    public void escalated(int level, String to, String why, Instant at) {
        history.add(new RequestEvent(this, RequestEvent.Kind.ESCALATED, status, status, at, "system",
                "level " + level + " to " + to + ": " + why));
    }

    private void move(RequestStatus next, RequestEvent.Kind kind, String note, String by, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new StateConflictException("request-transition", "status",
                    "a request " + status.name().toLowerCase().replace('_', ' ') + " cannot become "
                            + next.name().toLowerCase().replace('_', ' '));
        }
        if (acknowledgedAt == null && next != RequestStatus.REOPENED) {
            acknowledgedAt = at;
        }
        history.add(new RequestEvent(this, kind, status, next, at, by, note));
        status = next;
    }

    private static String note(String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidValueException("note", "write what was done or why");
            }
            return null;
        }
        if (text.length() > 1000) {
            throw new InvalidValueException("note", "at most 1000 characters");
        }
        return FreeText.lines("note", text.strip());
    }

    public Long id() {
        return id;
    }

    public Reservation reservation() {
        return reservation;
    }

    public Guest guest() {
        return guest;
    }

    public String roomNumber() {
        return roomNumber;
    }

    public RequestCategory category() {
        return category;
    }

    public RequestDepartment department() {
        return department;
    }

    public RequestPriority priority() {
        return priority;
    }

    public GuestTier tier() {
        return tier;
    }

    public String description() {
        return description;
    }

    public RequestStatus status() {
        return status;
    }

    public RequestSource source() {
        return source;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public Instant responseDueAt() {
        return responseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public List<RequestEvent> history() {
        return List.copyOf(history);
    }
}
