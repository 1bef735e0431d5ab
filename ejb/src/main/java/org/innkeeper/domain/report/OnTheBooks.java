package org.innkeeper.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Rooms and room revenue (net) on the books for a night, as they stood at the close of a business date. */
@Entity
@Table(name = "on_the_books")
public class OnTheBooks {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "snapshot_date")
        private LocalDate snapshotDate;

        @Column(name = "night")
        private LocalDate night;

        protected Key() {
        }

        Key(LocalDate snapshotDate, LocalDate night) {
            this.snapshotDate = snapshotDate;
            this.night = night;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && snapshotDate.equals(k.snapshotDate) && night.equals(k.night);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(snapshotDate, night);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int rooms;

    @Column(name = "room_revenue", nullable = false, precision = 14, scale = 2)
    private BigDecimal roomRevenue;

    protected OnTheBooks() {
    }

    public OnTheBooks(LocalDate snapshotDate, LocalDate night, int rooms, BigDecimal roomRevenue) {
        this.key = new Key(snapshotDate, night);
        this.rooms = rooms;
        this.roomRevenue = roomRevenue;
    }

    public LocalDate snapshotDate() {
        return key.snapshotDate;
    }

    public LocalDate night() {
        return key.night;
    }

    public int rooms() {
        return rooms;
    }

    public BigDecimal roomRevenue() {
        return roomRevenue;
    }
}
