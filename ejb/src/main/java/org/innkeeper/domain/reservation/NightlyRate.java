package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.innkeeper.domain.shared.Money;

/** The price of one night as it was confirmed; frozen on the reservation. */
@Embeddable
public final class NightlyRate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "night", nullable = false)
    private LocalDate night;

    @Embedded // columns amount and currency, as Money names them
    private Money price;

    protected NightlyRate() {
    }

    public NightlyRate(LocalDate night, Money price) {
        this.night = Objects.requireNonNull(night);
        this.price = Objects.requireNonNull(price);
    }

    public LocalDate night() {
        return night;
    }

    public Money price() {
        return price;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NightlyRate n && night.equals(n.night) && price.equals(n.price);
    }

    @Override
    public int hashCode() {
        return Objects.hash(night, price);
    }
}
