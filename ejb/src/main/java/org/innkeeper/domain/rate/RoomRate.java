package org.innkeeper.domain.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.innkeeper.domain.shared.Money;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** The price of one night of a room type under a rate plan. No price, no sale that night. */
@Entity
@Table(name = "room_rate")
@Audited // the audit trail (revision, room_rate_aud)
public class RoomRate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_rate_seq")
    @SequenceGenerator(name = "room_rate_seq", sequenceName = "room_rate_seq", allocationSize = 50)
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

    @Embedded // columns amount and currency, as Money names them
    private Money price;

    protected RoomRate() {
    }

    public RoomRate(RatePlan ratePlan, RoomType roomType, LocalDate night, Money price) {
        if (price.isNegative()) {
            throw new InvalidValueException("price", "a price cannot be negative");
        }
        this.ratePlan = ratePlan;
        this.roomType = roomType;
        this.night = night;
        this.price = price;
    }

    public void changePrice(Money newPrice) {
        if (newPrice.isNegative()) {
            throw new InvalidValueException("price", "a price cannot be negative");
        }
        this.price = newPrice;
    }

    public LocalDate night() {
        return night;
    }

    public Money price() {
        return price;
    }
}
