package org.innkeeper.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The target a manager set for one category and guest tier. */
@Entity
@Table(name = "request_target")
@IdClass(RequestTarget.Key.class)
public class RequestTarget {

    /** The composite key (category, tier). */
    public static class Key implements Serializable {
        private String categoryCode;
        private GuestTier tier;

        public Key() {
        }

        public Key(String categoryCode, GuestTier tier) {
            this.categoryCode = categoryCode;
            this.tier = tier;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(categoryCode, k.categoryCode) && tier == k.tier;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(categoryCode, tier);
        }
    }

    @Id
    @Column(name = "category_code", length = 20)
    private String categoryCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private GuestTier tier;

    @Embedded
    private ResponseTarget target;

    protected RequestTarget() {
    }

    public RequestTarget(String categoryCode, GuestTier tier, ResponseTarget target) {
        this.categoryCode = categoryCode;
        this.tier = tier;
        this.target = target;
    }

    public void change(ResponseTarget newTarget) {
        this.target = newTarget;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public GuestTier tier() {
        return tier;
    }

    public ResponseTarget target() {
        return target;
    }
}
