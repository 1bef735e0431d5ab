package org.innkeeper.domain.rate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;

/** The price of each night of a stay under one rate plan and room type; complete or not sellable. */
public final class NightlyPrices {

    private final StayPeriod stay;
    private final TreeMap<LocalDate, Money> byNight;

    public NightlyPrices(StayPeriod stay, Map<LocalDate, Money> prices) {
        this.stay = stay;
        this.byNight = new TreeMap<>();
        prices.forEach((night, price) -> {
            if (stay.includesNight(night)) {
                byNight.put(night, price);
            }
        });
    }

    /** Whether every night of the stay has a price. */
    public boolean complete() {
        return byNight.size() == stay.nights();
    }

    /** The first night without a price, for telling why a stay can't be sold. */
    public LocalDate firstUnpricedNight() {
        return stay.nightDates().stream().filter(n -> !byNight.containsKey(n)).findFirst().orElse(null);
    }

    public Map<LocalDate, Money> byNight() {
        return Collections.unmodifiableMap(byNight);
    }

    public List<Money> prices() {
        return List.copyOf(byNight.values());
    }

    public Money total() {
        return byNight.values().stream().reduce(Money::plus)
                .orElseThrow(() -> new IllegalStateException("no nights priced"));
    }
}
