package org.innkeeper.domain.rate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * Everything a stay costs, night by night: room revenue net of VAT, the VAT, the city tax, and
 * the totals. What an offer shows and what a reservation freezes. Immutable.
 */
public final class StayQuote implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One night: what the room earns (net), the VAT on it, the city tax; and their sum. */
    public record NightQuote(LocalDate night, Money net, Money vat, Money cityTax) implements Serializable {

        public NightQuote {
            Objects.requireNonNull(night);
            Objects.requireNonNull(net);
            Objects.requireNonNull(vat);
            Objects.requireNonNull(cityTax);
        }

        /** The room's price with VAT, without the city tax. */
        public Money gross() {
            return net.plus(vat);
        }

        public Money total() {
            return net.plus(vat).plus(cityTax);
        }
    }

    private final List<NightQuote> nights;

    public StayQuote(List<NightQuote> nights) {
        if (nights == null || nights.isEmpty()) {
            throw new InvalidValueException("arrival", "a stay has at least one night");
        }
        this.nights = List.copyOf(nights);
    }

    /** Prices each night of the stay (as the plan asks for it, before taxes are split off). */
    public static StayQuote of(StayPeriod stay, Map<LocalDate, Money> pricePerNight, TaxPolicy taxes, int cityTaxed) {
        return new StayQuote(stay.nightDates().stream().map(night -> {
            Money price = pricePerNight.get(night);
            if (price == null) {
                throw new InvalidValueException("arrival", "no price for the night of " + night);
            }
            TaxPolicy.NightTaxes t = taxes.apply(price, cityTaxed);
            return new NightQuote(night, t.net(), t.vat(), t.cityTax());
        }).toList());
    }

    public List<NightQuote> nights() {
        return nights;
    }

    public Money roomNet() {
        return nights.stream().map(NightQuote::net).reduce(Money::plus).orElseThrow();
    }

    /** The rooms with their VAT, without the city tax. */
    public Money roomGross() {
        return roomNet().plus(vat());
    }

    public Money vat() {
        return nights.stream().map(NightQuote::vat).reduce(Money::plus).orElseThrow();
    }

    public Money cityTax() {
        return nights.stream().map(NightQuote::cityTax).reduce(Money::plus).orElseThrow();
    }

    public Money total() {
        return nights.stream().map(NightQuote::total).reduce(Money::plus).orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StayQuote q && nights.equals(q.nights);
    }

    @Override
    public int hashCode() {
        return nights.hashCode();
    }
}
