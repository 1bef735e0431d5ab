package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.shared.Money;

/**
 * One night as it was confirmed: room revenue net of VAT (columns amount, currency), the VAT and the
 * city tax. Frozen on the reservation.
 */
@Embeddable
public final class NightlyRate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "night", nullable = false)
    private LocalDate night;

    @Embedded // columns amount and currency, as Money names them
    private Money price;

    @Column(name = "vat", nullable = false, precision = 14, scale = 2)
    private BigDecimal vat;

    @Column(name = "city_tax", nullable = false, precision = 14, scale = 2)
    private BigDecimal cityTax;

    protected NightlyRate() {
    }

    public NightlyRate(LocalDate night, Money price) {
        this(new StayQuote.NightQuote(night, price, Money.zero(price.currency()), Money.zero(price.currency())));
    }

    public NightlyRate(StayQuote.NightQuote quote) {
        this.night = Objects.requireNonNull(quote.night());
        this.price = quote.net();
        this.vat = quote.vat().amount();
        this.cityTax = quote.cityTax().amount();
    }

    public LocalDate night() {
        return night;
    }

    /** Room revenue of the night, net of VAT. */
    public Money price() {
        return price;
    }

    public StayQuote.NightQuote toQuote() {
        return new StayQuote.NightQuote(night, price, Money.of(vat, price.currency()),
                Money.of(cityTax, price.currency()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NightlyRate n && night.equals(n.night) && price.equals(n.price)
                && vat.compareTo(n.vat) == 0 && cityTax.compareTo(n.cityTax) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(night, price);
    }
}
