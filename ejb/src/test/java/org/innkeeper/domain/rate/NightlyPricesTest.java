package org.innkeeper.domain.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

class NightlyPricesTest {

    private static final LocalDate D = LocalDate.of(2027, 1, 1);

    @Test
    void completeWhenEveryNightHasAPrice() {
        StayPeriod stay = new StayPeriod(D, D.plusDays(2));
        NightlyPrices prices = new NightlyPrices(stay, Map.of(D, Money.of("80", "EUR"),
                D.plusDays(1), Money.of("90", "EUR"), D.plusDays(2), Money.of("999", "EUR")));
        assertThat(prices.complete()).isTrue();
        assertThat(prices.total()).isEqualTo(Money.of("170", "EUR"));
        assertThat(prices.byNight()).containsOnlyKeys(D, D.plusDays(1));
    }

    @Test
    void incompleteNamesTheFirstMissingNight() {
        NightlyPrices prices = new NightlyPrices(new StayPeriod(D, D.plusDays(3)), Map.of(D, Money.of("80", "EUR")));
        assertThat(prices.complete()).isFalse();
        assertThat(prices.firstUnpricedNight()).isEqualTo(D.plusDays(1));
    }
}
