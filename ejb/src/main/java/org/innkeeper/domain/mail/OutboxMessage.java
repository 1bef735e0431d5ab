package org.innkeeper.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * An e-mail to a guest, kept in the outbox from the moment the change it is about commits: sent by
 * the mail session when an SMTP server is configured (tried again after a failure, a little later
 * each time, at most {@link #MAX_ATTEMPTS} times), and kept afterwards as the record of what was sent.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int MAX_ATTEMPTS = 5;
    /** After the n-th failed attempt the next waits n times this long. */
    static final Duration RETRY_PAUSE = Duration.ofMinutes(1);
    private static final int MAX_ERROR = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Embedded
    private MailAttachment attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailKind kind;

    @Column(name = "confirmation_number", length = 20)
    private String confirmationNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    /** A message waiting to be sent; {@code attachment} and {@code confirmationNumber} may be null. */
    public OutboxMessage(String recipient, String subject, String body, MailAttachment attachment, MailKind kind,
                         String confirmationNumber, String createdBy, Instant at) {
        this.recipient = required(recipient, "recipient", 200).strip();
        if (!this.recipient.matches("[^@\\s,;<>]+@[^@\\s,;<>]+")) {
            throw new InvalidValueException("recipient", "one e-mail address, such as guest@example.com");
        }
        this.subject = required(subject, "subject", 200).replaceAll("[\\r\\n]+", " ");
        this.body = required(body, "body", 20000);
        if (kind == null) {
            throw new InvalidValueException("kind", "say what the message is about");
        }
        if (confirmationNumber != null && confirmationNumber.length() > 20) {
            throw new InvalidValueException("confirmationNumber", "at most 20 characters");
        }
        this.attachment = attachment;
        this.kind = kind;
        this.confirmationNumber = confirmationNumber;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.status = MailStatus.PENDING;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidValueException(field, "required, at most " + max + " characters");
        }
        return value;
    }

    /**
     * The one rule of when a message is tried (again): a pending one at once; a failed one with
     * attempts left once its pause is over; null: never again (sent, or out of attempts).
     */
    public static Instant nextAttempt(MailStatus status, int attempts, Instant lastAttemptAt, Instant createdAt) {
        return switch (status) {
            case PENDING -> createdAt;
            case SENT -> null;
            case FAILED -> attempts >= MAX_ATTEMPTS ? null : lastAttemptAt.plus(RETRY_PAUSE.multipliedBy(attempts));
        };
    }

    public static boolean due(MailStatus status, int attempts, Instant lastAttemptAt, Instant createdAt, Instant now) {
        Instant next = nextAttempt(status, attempts, lastAttemptAt, createdAt);
        return next != null && !now.isBefore(next);
    }

    public boolean isDue(Instant now) {
        return due(status, attempts, lastAttemptAt, createdAt, now);
    }

    /** The mail server took it. */
    public void sent(Instant at) {
        attempts++;
        lastAttemptAt = at;
        lastError = null;
        sentAt = at;
        status = MailStatus.SENT;
    }

    /** The attempt failed; {@code error} in a line (no stack trace), kept short. */
    public void failed(String error, Instant at) {
        attempts++;
        lastAttemptAt = at;
        String line = error == null || error.isBlank() ? "unknown error" : error.replaceAll("\\s+", " ").strip();
        lastError = line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR - 1) + "…" : line;
        status = MailStatus.FAILED;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Optional<MailAttachment> attachment() {
        return Optional.ofNullable(attachment);
    }

    public MailKind kind() {
        return kind;
    }

    public String confirmationNumber() {
        return confirmationNumber;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
