package org.innkeeper.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void scalesToTheCurrencyAndComparesByValue() {
        Money a = Money.of("10.5", "EUR");
        assertThat(a.amount()).hasToString("10.50");
        assertThat(a).isEqualTo(Money.of("10.50", "EUR")).hasSameHashCodeAs(Money.of("10.500", "EUR"));
        assertThat(Money.of("100", "JPY").amount()).hasToString("100");
    }

    @Test
    void addsSubtractsAndDividesExactly() {
        Money a = Money.of("0.10", "EUR");
        Money sum = a.plus(a).plus(a);
        assertThat(sum).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(sum.minus(Money.of("0.30", "EUR")).isZero()).isTrue();
        assertThat(Money.of("10.00", "EUR").dividedBy(3)).isEqualTo(Money.of("3.33", "EUR"));
        assertThat(Money.of("7.00", "EUR").times(3)).isEqualTo(Money.of("21.00", "EUR"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void refusesUnknownCurrency() {
        assertThatThrownBy(() -> Money.of("1", "XYZW")).isInstanceOf(InvalidValueException.class);
    }
}
