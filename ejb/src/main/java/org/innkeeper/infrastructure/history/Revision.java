package org.innkeeper.infrastructure.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed transaction that changed audited records (Hibernate Envers' revision): when, and who
 * (a member of staff, {@code channel:CODE} or {@code system}). The changed rows are in the {@code *_aud}
 * tables under its number.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    /** Epoch milliseconds, as Envers keeps them. */
    @RevisionTimestamp
    @Column(name = "at_ms", nullable = false)
    private long at;

    @Column(nullable = false, length = 40)
    private String actor;

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(at);
    }

    public String actor() {
        return actor;
    }

    void by(String who) {
        this.actor = who;
    }

    /** A revision written outright (the demo's baseline), not by Envers. */
    public static Revision of(String who, Instant when) {
        Revision r = new Revision();
        r.actor = who;
        r.at = when.toEpochMilli();
        return r;
    }
}
