package org.innkeeper.domain.complaint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A guest's complaint: what they said in their own words, about which stay and room, who took it and
 * from where; the standard resolution's target; what the desk did, whether the guest accepted, the
 * mistake admitted and the compensation; the follow-up after; a flag when it repeats an earlier one.
 * Every change of state is kept with who and when.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    /** How long after the resolution the guest is contacted again. */
    public static final Duration FOLLOW_UP_AFTER = Duration.ofHours(24);
    /** Two complaints about the same room and category within this many days are a repeat. */
    public static final int REPEAT_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reservation_id")
    private Long reservationId;

    @Column(name = "confirmation_number", length = 20)
    private String confirmationNumber;

    @Column(name = "guest_id")
    private Long guestId;

    @Column(name = "guest_name", length = 200)
    private String guestName;

    @Column(name = "room_number", length = 10)
    private String roomNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ComplaintSource source;

    @Column(name = "guest_words", nullable = false, length = 2000)
    private String guestWords;

    @Column(name = "taken_by", nullable = false, length = 40)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ComplaintStatus status;

    @Column(name = "action_taken", length = 2000)
    private String actionTaken;

    @Column(name = "guest_accepted")
    private Boolean guestAccepted;

    @Column(name = "mistake_admitted", nullable = false)
    private boolean mistakeAdmitted;

    @Column(length = 200)
    private String compensation;

    @Column(name = "compensation_amount", precision = 14, scale = 2)
    private BigDecimal compensationAmount;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 40)
    private String resolvedBy;

    @Column(name = "follow_up_due")
    private Instant followUpDue;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Column(name = "followed_up_by", length = 40)
    private String followedUpBy;

    @Column(name = "follow_up_note", length = 1000)
    private String followUpNote;

    /** Why this complaint repeats an earlier one; null when it does not. */
    @Column(name = "repeat_reason", length = 200)
    private String repeatReason;

    /** Who must deal with it (the duty manager for one a survey opened); null: the desk. */
    @Column(name = "assigned_to", length = 40)
    private String assignedTo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "complaint_event", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderBy("number")
    private List<ComplaintEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {
    }

    /** What the guest complained about, about which stay and room (all optional but the words and the kind). */
    public record Intake(Long reservationId, String confirmationNumber, Long guestId, String guestName,
                         String roomNumber, ComplaintCategory category, Severity severity, ComplaintSource source,
                         String guestWords) {
    }

    /** Takes a complaint: open, due by the standard resolution's target. */
    public Complaint(Intake intake, StandardResolution standard, String by, Instant at) {
        if (intake.category() == null || intake.severity() == null || intake.source() == null) {
            throw new InvalidValueException("category", "a complaint needs its category, severity and source");
        }
        if (standard == null || standard.category() != intake.category()) {
            throw new IllegalArgumentException("the standard resolution of " + intake.category() + " is needed");
        }
        String words = intake.guestWords() == null ? "" : FreeText.lines("guestWords", intake.guestWords()).strip();
        if (words.isEmpty() || words.length() > 2000) {
            throw new InvalidValueException("guestWords", "the guest's words are 1 to 2000 characters");
        }
        this.reservationId = intake.reservationId();
        this.confirmationNumber = intake.confirmationNumber();
        this.guestId = intake.guestId();
        this.guestName = intake.guestName() == null || intake.guestName().length() <= 200 ? intake.guestName()
                : intake.guestName().substring(0, 200);
        this.roomNumber = intake.roomNumber();
        this.category = intake.category();
        this.severity = intake.severity();
        this.source = intake.source();
        this.guestWords = words;
        this.takenBy = by;
        this.takenAt = at;
        this.dueAt = at.plus(standard.target());
        this.status = ComplaintStatus.OPEN;
        record(by, at, "taken (" + intake.source().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    /**
     * Flags this complaint when it repeats one of {@code earlier} (taken before it): the same room and
     * category within {@link #REPEAT_DAYS} days, or the same guest again. Returns whether it was flagged.
     */
    public boolean flagRepeatOf(List<Complaint> earlier) {
        for (Complaint e : earlier) {
            if (e == this || (e.id != null && e.id.equals(id)) || !e.takenAt.isBefore(takenAt)) {
                continue;
            }
            if (roomNumber != null && roomNumber.equals(e.roomNumber) && category == e.category
                    && !e.takenAt.isBefore(takenAt.minus(Duration.ofDays(REPEAT_DAYS)))) {
                repeatReason = "room " + roomNumber + ", " + category.name().toLowerCase(java.util.Locale.ROOT)
                        + " again within " + REPEAT_DAYS + " days (" + e.reference() + ")";
                return true;
            }
        }
        for (Complaint e : earlier) {
            if (e == this || (e.id != null && e.id.equals(id)) || !e.takenAt.isBefore(takenAt)) {
                continue;
            }
            if (guestId != null && guestId.equals(e.guestId)) {
                repeatReason = "the same guest complained before (" + e.reference() + ")";
                return true;
            }
        }
        return false;
    }

    /** Given to someone to deal with (the duty manager). */
    public void assignTo(String who, String by, Instant at) {
        this.assignedTo = who;
        record(by, at, "assigned to " + who);
    }

    /**
     * The desk resolved it: what was done, whether the guest accepted, whether the hotel's mistake was
     * admitted. A follow-up is due {@link #FOLLOW_UP_AFTER} later.
     */
    public void resolve(String action, Boolean accepted, boolean mistake, String by, Instant at) {
        requireStatus(ComplaintStatus.OPEN, "resolve");
        String text = action == null ? "" : FreeText.lines("actionTaken", action).strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidValueException("actionTaken", "say what was done, in 1 to 2000 characters");
        }
        this.actionTaken = text;
        this.guestAccepted = accepted;
        this.mistakeAdmitted = mistake;
        this.resolvedAt = at;
        this.resolvedBy = by;
        this.followUpDue = at.plus(FOLLOW_UP_AFTER);
        this.status = ComplaintStatus.RESOLVED;
        record(by, at, Boolean.TRUE.equals(accepted) ? "resolved, accepted by the guest"
                : Boolean.FALSE.equals(accepted) ? "resolved, not accepted by the guest" : "resolved");
    }

    /** A compensation was given (posted on the folio by the caller): what and how much. Not once closed. */
    public void compensated(String what, BigDecimal amount, String by, Instant at) {
        if (status == ComplaintStatus.CLOSED) {
            throw new StateConflictException("complaint-closed", "complaint " + reference() + " is closed");
        }
        String text = FreeText.line("compensation", what).strip();
        String all = compensation == null ? text : compensation + "; " + text;
        this.compensation = all.length() <= 200 ? all : all.substring(0, 200);
        this.compensationAmount = compensationAmount == null ? amount
                : amount == null ? compensationAmount : compensationAmount.add(amount);
        record(by, at, "compensation: " + text);
    }

    /** The guest was contacted after the resolution: closed, with what they said. */
    public void followUp(String note, String by, Instant at) {
        requireStatus(ComplaintStatus.RESOLVED, "follow up");
        String text = note == null ? "" : FreeText.lines("note", note).strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new InvalidValueException("note", "say what the guest said, in 1 to 1000 characters");
        }
        this.followUpNote = text;
        this.followedUpAt = at;
        this.followedUpBy = by;
        this.status = ComplaintStatus.CLOSED;
        record(by, at, "followed up, closed");
    }

    /** Not solved after all: open again, due by a new target. */
    public void reopen(String reason, StandardResolution standard, String by, Instant at) {
        requireStatus(ComplaintStatus.RESOLVED, "reopen");
        String text = reason == null ? "" : FreeText.line("reason", reason).strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("reason", "say why it is reopened");
        }
        this.status = ComplaintStatus.OPEN;
        this.followUpDue = null;
        this.dueAt = at.plus(standard.target());
        record(by, at, "reopened: " + text);
    }

    /** Past its target and still open. */
    public boolean overdue(Instant now) {
        return status == ComplaintStatus.OPEN && now.isAfter(dueAt);
    }

    /** Resolved and its follow-up due by now. */
    public boolean followUpDue(Instant now) {
        return status == ComplaintStatus.RESOLVED && followUpDue != null && !followUpDue.isAfter(now);
    }

    private void requireStatus(ComplaintStatus wanted, String what) {
        if (status != wanted) {
            throw new StateConflictException("complaint-" + status.name().toLowerCase(java.util.Locale.ROOT),
                    "complaint " + reference() + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + ": cannot " + what + " it");
        }
    }

    private void record(String by, Instant at, String note) {
        history.add(new ComplaintEvent(history.size() + 1, at, by, status, note));
    }

    /** The reference the desk, the guest and the folio quote: CMP-000123. */
    public String reference() {
        return reference(id);
    }

    public static String reference(Long id) {
        return id == null ? "CMP-new" : String.format("CMP-%06d", id);
    }

    /** The id in a reference (CMP-000123, or just 123); null when it is none. */
    public static Long idOf(String reference) {
        if (reference == null) {
            return null;
        }
        String digits = reference.strip().toUpperCase(java.util.Locale.ROOT);
        digits = digits.startsWith("CMP-") ? digits.substring(4) : digits;
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(digits);
    }

    public Long id() {
        return id;
    }

    public Long reservationId() {
        return reservationId;
    }

    public String confirmationNumber() {
        return confirmationNumber;
    }

    public Long guestId() {
        return guestId;
    }

    public String guestName() {
        return guestName;
    }

    public String roomNumber() {
        return roomNumber;
    }

    public ComplaintCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public ComplaintSource source() {
        return source;
    }

    public String guestWords() {
        return guestWords;
    }

    public String takenBy() {
        return takenBy;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String actionTaken() {
        return actionTaken;
    }

    public Boolean guestAccepted() {
        return guestAccepted;
    }

    public boolean mistakeAdmitted() {
        return mistakeAdmitted;
    }

    public String compensation() {
        return compensation;
    }

    public BigDecimal compensationAmount() {
        return compensationAmount;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant followUpDue() {
        return followUpDue;
    }

    public Instant followedUpAt() {
        return followedUpAt;
    }

    public String followedUpBy() {
        return followedUpBy;
    }

    public String followUpNote() {
        return followUpNote;
    }

    public boolean isRepeat() {
        return repeatReason != null;
    }

    public String repeatReason() {
        return repeatReason;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public List<ComplaintEvent> history() {
        return Collections.unmodifiableList(history);
    }
}
