package org.innkeeper.domain.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.innkeeper.domain.shared.InvalidValueException;

/** A way of selling rooms (BAR, bed and breakfast, non-refundable) with its own nightly prices. */
@Entity
@Table(name = "rate_plan")
public class RatePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rate_plan_seq")
    @SequenceGenerator(name = "rate_plan_seq", sequenceName = "rate_plan_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RatePlan() {
    }

    public RatePlan(String code, String name, String description, int sortOrder) {
        if (code == null || !code.matches("[A-Z0-9]{2,10}")) {
            throw new InvalidValueException("code", "a rate plan code is 2 to 10 capital letters or digits");
        }
        this.code = code;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
