package org.innkeeper.domain.hotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.junit.jupiter.api.Test;

class TaxPolicyTest {

    @Test
    void includedVatIsTheShareOfTheGrossPrice() {
        TaxPolicy.NightTaxes t = new TaxPolicy(new BigDecimal("19"), true, BigDecimal.ZERO)
                .apply(Money.of("119", "EUR"), 2);
        assertThat(t.net()).isEqualTo(Money.of("100", "EUR"));
        assertThat(t.vat()).isEqualTo(Money.of("19", "EUR"));
        assertThat(t.cityTax()).isEqualTo(Money.zero("EUR"));
    }

    @Test
    void cityTaxIsPerPerson() {
        TaxPolicy.NightTaxes t = new TaxPolicy(BigDecimal.ZERO, true, new BigDecimal("3.20")).apply(Money.of("80", "EUR"), 3);
        assertThat(t.cityTax()).isEqualTo(Money.of("9.60", "EUR"));
        assertThat(t.net().plus(t.vat())).isEqualTo(Money.of("80", "EUR"));
    }

    @Test
    void ratesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new TaxPolicy(new BigDecimal("-1"), true, BigDecimal.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaxPolicy(new BigDecimal("51"), true, BigDecimal.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaxPolicy(BigDecimal.ZERO, true, new BigDecimal("-0.01"))).isInstanceOf(InvalidValueException.class);
    }
}
