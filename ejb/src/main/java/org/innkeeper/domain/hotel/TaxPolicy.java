package org.innkeeper.domain.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;

/**
 * The hotel's taxes on a room night: VAT at a rate, either included in the prices the hotel sets
 * or added on top of them, and a city tax per person and night (not subject to VAT), or per adult and
 * night where the city exempts children. Immutable.
 */
@Embeddable
public final class TaxPolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "vat_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatPercent;

    @Column(name = "vat_included", nullable = false)
    private boolean vatIncluded;

    @Column(name = "city_tax_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal cityTaxPerPersonNight;

    /** The city charges the tax for adults only. */
    @Column(name = "city_tax_children_exempt", nullable = false)
    private boolean childrenExempt;

    protected TaxPolicy() {
    }

    /** A city tax for every guest, children included. */
    public TaxPolicy(BigDecimal vatPercent, boolean vatIncluded, BigDecimal cityTaxPerPersonNight) {
        this(vatPercent, vatIncluded, cityTaxPerPersonNight, false);
    }

    public TaxPolicy(BigDecimal vatPercent, boolean vatIncluded, BigDecimal cityTaxPerPersonNight,
                     boolean childrenExempt) {
        if (vatPercent == null || vatPercent.signum() < 0 || vatPercent.compareTo(BigDecimal.valueOf(50)) > 0) {
            throw new InvalidValueException("vatPercent", "VAT is between 0 and 50 %");
        }
        if (cityTaxPerPersonNight == null || cityTaxPerPersonNight.signum() < 0
                || cityTaxPerPersonNight.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new InvalidValueException("cityTax", "the city tax is between 0 and 1000 per person and night");
        }
        this.vatPercent = vatPercent.setScale(2, RoundingMode.HALF_EVEN);
        this.vatIncluded = vatIncluded;
        this.cityTaxPerPersonNight = cityTaxPerPersonNight.setScale(2, RoundingMode.HALF_EVEN);
        this.childrenExempt = childrenExempt;
    }

    /** How many of the party pay the city tax. */
    public int cityTaxed(org.innkeeper.domain.shared.Party party) {
        return childrenExempt ? party.adults() : party.people();
    }

    public boolean childrenExempt() {
        return childrenExempt;
    }

    public static TaxPolicy none() {
        return new TaxPolicy(BigDecimal.ZERO, true, BigDecimal.ZERO);
    }

    /**
     * Splits the price the plan asks for one night into room revenue net of VAT, VAT, and city tax for
     * {@code taxedPeople} (see {@link #cityTaxed}).
     */
    public NightTaxes apply(Money price, int taxedPeople) {
        BigDecimal rate = vatPercent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN);
        Money net;
        Money vat;
        if (vatIncluded) {
            net = Money.of(price.amount().divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_EVEN), price.currency());
            vat = price.minus(net);
        } else {
            net = price;
            vat = Money.of(price.amount().multiply(rate), price.currency());
        }
        Money cityTax = Money.of(cityTaxPerPersonNight, price.currency()).times(taxedPeople);
        return new NightTaxes(net, vat, cityTax);
    }

    /** One night's price, split. */
    public record NightTaxes(Money net, Money vat, Money cityTax) {
    }

    public BigDecimal vatPercent() {
        return vatPercent;
    }

    public boolean vatIncluded() {
        return vatIncluded;
    }

    public BigDecimal cityTaxPerPersonNight() {
        return cityTaxPerPersonNight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxPolicy t && vatPercent.compareTo(t.vatPercent) == 0 && vatIncluded == t.vatIncluded
                && cityTaxPerPersonNight.compareTo(t.cityTaxPerPersonNight) == 0 && childrenExempt == t.childrenExempt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vatPercent.stripTrailingZeros(), vatIncluded, cityTaxPerPersonNight.stripTrailingZeros(), childrenExempt);
    }
}
