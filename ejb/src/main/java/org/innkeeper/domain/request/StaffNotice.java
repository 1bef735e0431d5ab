package org.innkeeper.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line on a member of staff's screen: a request escalated to them. */
@Entity
@Table(name = "staff_notice")
public class StaffNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_notice_seq")
    @SequenceGenerator(name = "staff_notice_seq", sequenceName = "staff_notice_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private GuestRequest request;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StaffNotice() {
    }

    public StaffNotice(String username, GuestRequest request, String message, Instant at) {
        this.username = username;
        this.request = request;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.createdAt = at;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public GuestRequest request() {
        return request;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
