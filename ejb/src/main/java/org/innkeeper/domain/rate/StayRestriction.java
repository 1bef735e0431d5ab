package org.innkeeper.domain.rate;

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
import java.time.LocalDate;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The restrictions on selling one room type under one rate plan for one date: minimum and maximum
 * length of stay (for stays arriving that day), closed to arrival, closed to departure, stop-sell.
 * No row: no restriction.
 */
@Entity
@Table(name = "stay_restriction")
@Audited // the audit trail (revision, stay_restriction_aud)
public class StayRestriction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stay_restriction_seq")
    @SequenceGenerator(name = "stay_restriction_seq", sequenceName = "stay_restriction_seq", allocationSize = 50)
    private Long id;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rate_plan_id")
    private RatePlan ratePlan;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_type_id")
    private RoomType roomType;

    @Column(nullable = false)
    private LocalDate night;

    @Column(name = "min_stay")
    private Integer minStay;

    @Column(name = "max_stay")
    private Integer maxStay;

    @Column(name = "closed_to_arrival", nullable = false)
    private boolean closedToArrival;

    @Column(name = "closed_to_departure", nullable = false)
    private boolean closedToDeparture;

    @Column(name = "stop_sell", nullable = false)
    private boolean stopSell;

    protected StayRestriction() {
    }

    public StayRestriction(RatePlan ratePlan, RoomType roomType, LocalDate night) {
        this.ratePlan = ratePlan;
        this.roomType = roomType;
        this.night = night;
    }

    /** Replaces what is restricted on this date. */
    public void restrict(Rules rules) {
        this.minStay = rules.minStay();
        this.maxStay = rules.maxStay();
        this.closedToArrival = rules.closedToArrival();
        this.closedToDeparture = rules.closedToDeparture();
        this.stopSell = rules.stopSell();
    }

    public Rules toRules() {
        return new Rules(minStay, maxStay, closedToArrival, closedToDeparture, stopSell);
    }

    public LocalDate night() {
        return night;
    }

    /** The restrictions of one date, as a value. */
    public record Rules(Integer minStay, Integer maxStay, boolean closedToArrival, boolean closedToDeparture,
                        boolean stopSell) implements java.io.Serializable {

        public static final Rules NONE = new Rules(null, null, false, false, false);

        public Rules {
            if (minStay != null && (minStay < 1 || minStay > StayPeriodLimits.MAX)) {
                throw new InvalidValueException("minStay", "a minimum stay is 1 to " + StayPeriodLimits.MAX + " nights");
            }
            if (maxStay != null && (maxStay < 1 || maxStay > StayPeriodLimits.MAX)) {
                throw new InvalidValueException("maxStay", "a maximum stay is 1 to " + StayPeriodLimits.MAX + " nights");
            }
            if (minStay != null && maxStay != null && minStay > maxStay) {
                throw new InvalidValueException("maxStay", "the maximum stay is shorter than the minimum stay");
            }
        }

        public boolean isEmpty() {
            return minStay == null && maxStay == null && !closedToArrival && !closedToDeparture && !stopSell;
        }
    }

    private static final class StayPeriodLimits {
        static final int MAX = org.innkeeper.domain.shared.StayPeriod.MAX_NIGHTS;
    }
}
