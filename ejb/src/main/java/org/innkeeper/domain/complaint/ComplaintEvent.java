package org.innkeeper.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step in a complaint's history: who, when, the state it left the complaint in, and a short note. */
@Embeddable
public class ComplaintEvent {

    @Column(name = "event_no", nullable = false)
    private int number;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_whom", nullable = false, length = 40)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ComplaintStatus status;

    @Column(length = 300)
    private String note;

    protected ComplaintEvent() {
    }

    ComplaintEvent(int number, Instant at, String by, ComplaintStatus status, String note) {
        this.number = number;
        this.at = at;
        this.by = by;
        this.status = status;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 300);
    }

    public int number() {
        return number;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String note() {
        return note;
    }
}
