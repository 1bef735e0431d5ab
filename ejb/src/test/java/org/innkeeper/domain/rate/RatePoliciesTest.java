package org.innkeeper.domain.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.junit.jupiter.api.Test;

class RatePoliciesTest {

    private static final Instant ARRIVAL = Instant.parse("2027-03-01T15:00:00Z");
    private static final LocalDate D = LocalDate.of(2027, 3, 1);
    private static final StayQuote STAY = new StayQuote(List.of(
            night(D, "100"), night(D.plusDays(1), "150"), night(D.plusDays(2), "150")));

    private static StayQuote.NightQuote night(LocalDate date, String amount) {
        Money zero = Money.zero("EUR");
        return new StayQuote.NightQuote(date, Money.of(amount, "EUR"), zero, zero);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void flexibleIsFreeUntilTheDeadlineThenTheFirstNight() {
        RatePolicies flexible = RatePolicies.flexible(48);
        Instant deadline = ARRIVAL.minus(Duration.ofHours(48));
        assertThat(flexible.freeCancellationUntil(ARRIVAL)).isEqualTo(deadline);
        assertThat(flexible.cancellationFee(deadline, ARRIVAL, STAY)).isEqualTo(eur("0"));
        assertThat(flexible.cancellationFee(deadline.plusSeconds(1), ARRIVAL, STAY)).isEqualTo(eur("100"));
        assertThat(flexible.noShowFee(STAY)).isEqualTo(eur("100"));
        assertThat(flexible.deposit(STAY)).isEqualTo(eur("0"));
        assertThat(flexible.refundable()).isTrue();
        assertThat(flexible.summary()).contains("Free cancellation until 2 days before arrival", "the first night");
    }

    @Test
    void nonRefundableAlwaysCostsTheWholeStayAndAsksForItAtBooking() {
        RatePolicies nrf = RatePolicies.nonRefundable();
        assertThat(nrf.freeCancellationUntil(ARRIVAL)).isNull();
        assertThat(nrf.cancellationFee(ARRIVAL.minus(Duration.ofDays(300)), ARRIVAL, STAY)).isEqualTo(eur("400"));
        assertThat(nrf.deposit(STAY)).isEqualTo(eur("400"));
        assertThat(nrf.refundable()).isFalse();
        assertThat(nrf.guarantee()).isEqualTo(GuaranteeType.DEPOSIT);
    }

    @Test
    void aPercentageFeeIsOfTheWholeStay() {
        RatePolicies p = new RatePolicies(GuaranteeType.CARD, BigDecimal.ZERO, 24, FeeBasis.PERCENT,
                new BigDecimal("25"), FeeBasis.NONE, null);
        assertThat(p.cancellationFee(ARRIVAL, ARRIVAL, STAY)).isEqualTo(eur("100"));
        assertThat(p.noShowFee(STAY)).isEqualTo(eur("0"));
        assertThat(p.summary()).contains("25 % of the total", "No-show: no fee");
    }

    @Test
    void inconsistentTermsAreRefused() {
        assertThatThrownBy(() -> new RatePolicies(GuaranteeType.NONE, BigDecimal.ZERO, 24, FeeBasis.PERCENT,
                BigDecimal.ZERO, FeeBasis.NONE, null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("cancellationFeePercent");
        assertThatThrownBy(() -> new RatePolicies(GuaranteeType.DEPOSIT, BigDecimal.ZERO, 24, FeeBasis.NONE,
                null, FeeBasis.NONE, null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("depositPercent");
        assertThatThrownBy(() -> new RatePolicies(GuaranteeType.CARD, new BigDecimal("10"), 24, FeeBasis.NONE,
                null, FeeBasis.NONE, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RatePolicies(GuaranteeType.NONE, null, -1, FeeBasis.NONE,
                null, FeeBasis.NONE, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RatePolicies(GuaranteeType.NONE, null, 24, FeeBasis.PERCENT,
                new BigDecimal("101"), FeeBasis.NONE, null)).isInstanceOf(InvalidValueException.class);
    }
}
