package org.innkeeper.domain.guest;

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

/** Who erased which guest's data, when and why (the person is gone; the profile's number stays). */
@Entity
@Table(name = "guest_erasure")
public class GuestErasure {

    /** On the guest's request (GDPR article 17), or because the hotel's retention period ran out. */
    public enum Reason {
        REQUEST, RETENTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guest_erasure_seq")
    @SequenceGenerator(name = "guest_erasure_seq", sequenceName = "guest_erasure_seq", allocationSize = 1)
    private Long id;

    @Column(name = "guest_id", nullable = false)
    private long guestId;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    @Column(name = "erased_by", nullable = false, length = 40)
    private String erasedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(nullable = false)
    private int reservations;

    protected GuestErasure() {
    }

    public GuestErasure(long guestId, Instant erasedAt, String erasedBy, Reason reason, int reservations) {
        this.guestId = guestId;
        this.erasedAt = erasedAt;
        this.erasedBy = erasedBy;
        this.reason = reason;
        this.reservations = reservations;
    }

    public long guestId() {
        return guestId;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String erasedBy() {
        return erasedBy;
    }

    public Reason reason() {
        return reason;
    }

    public int reservations() {
        return reservations;
    }
}
