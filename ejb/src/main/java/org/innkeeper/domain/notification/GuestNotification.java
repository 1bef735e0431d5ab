package org.innkeeper.domain.notification;

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
import org.innkeeper.domain.reservation.Reservation;

/** A message to a guest about their reservation (a room offered from the waitlist, an option lapsed). */
@Entity
@Table(name = "guest_notification")
public class GuestNotification {

    public enum Kind {
        WAITLIST_OFFER, OPTION_EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guest_notification_seq")
    @SequenceGenerator(name = "guest_notification_seq", sequenceName = "guest_notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reservation_id")
    private Reservation reservation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(length = 200)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GuestNotification() {
    }

    public GuestNotification(Reservation reservation, Kind kind, String message, Instant at) {
        this.reservation = reservation;
        this.kind = kind;
        this.recipient = reservation.guest().email();
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.createdAt = at;
    }

    public Kind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Reservation reservation() {
        return reservation;
    }
}
