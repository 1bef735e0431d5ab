package org.innkeeper.domain.folio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;

/** A gross amount split into net and VAT at a rate: net + VAT = gross, to the cent. */
public record VatAmounts(Money gross, BigDecimal vatPercent, Money net, Money vat) {

    public VatAmounts {
        if (!net.plus(vat).equals(gross)) {
            throw new IllegalArgumentException("net " + net + " + VAT " + vat + " is not " + gross);
        }
    }

    /** Splits a price that includes VAT: net = gross / (1 + rate), rounded half-even; VAT is the rest. */
    public static VatAmounts fromGross(Money gross, BigDecimal vatPercent) {
        if (vatPercent == null || vatPercent.signum() < 0 || vatPercent.compareTo(BigDecimal.valueOf(50)) > 0) {
            throw new InvalidValueException("vatPercent", "VAT is between 0 and 50 %");
        }
        BigDecimal divisor = BigDecimal.ONE.add(vatPercent.movePointLeft(2));
        Money net = Money.of(gross.amount().divide(divisor, 2, RoundingMode.HALF_EVEN), gross.currency());
        return new VatAmounts(gross, vatPercent.setScale(2, RoundingMode.HALF_EVEN), net, gross.minus(net));
    }

    /** Net and VAT already known (a room night frozen at booking). */
    public static VatAmounts of(Money net, Money vat, BigDecimal vatPercent) {
        return new VatAmounts(net.plus(vat), vatPercent.setScale(2, RoundingMode.HALF_EVEN), net, vat);
    }

    /** No VAT: the city tax, payments. */
    public static VatAmounts exempt(Money gross) {
        return new VatAmounts(gross, BigDecimal.ZERO.setScale(2), gross, Money.zero(gross.currency()));
    }

    public VatAmounts negated() {
        return new VatAmounts(gross.negated(), vatPercent, net.negated(), vat.negated());
    }
}
