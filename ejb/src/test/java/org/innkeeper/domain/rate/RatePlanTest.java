package org.innkeeper.domain.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

class RatePlanTest {

    private static final LocalDate D = LocalDate.of(2027, 3, 1);
    private static final StayPeriod TWO_NIGHTS = new StayPeriod(D, D.plusDays(2));
    private static final Map<LocalDate, Money> BAR_PRICES = Map.of(D, eur("100"), D.plusDays(1), eur("120"));
    private static final RoomType FAMILY = new RoomType("FAM", "Family Room", 4, 2, 0);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static RatePlan bar() {
        RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0);
        bar.changeInclusions(false, new BigDecimal("30"), new BigDecimal("15"));
        return bar;
    }

    @Test
    void theStandardOccupancyPaysTheRoomPriceAndEveryoneElseTheirExtra() {
        StayQuote two = bar().quote(FAMILY, new Party(2, 0), TWO_NIGHTS, BAR_PRICES, TaxPolicy.none());
        assertThat(two.total()).isEqualTo(eur("220"));
        // a third adult pays 30 a night, each child 15
        StayQuote four = bar().quote(FAMILY, new Party(3, 1), TWO_NIGHTS, BAR_PRICES, TaxPolicy.none());
        assertThat(four.nights()).extracting(n -> n.total()).containsExactly(eur("145"), eur("165"));
        // a single adult's child fills the included second place for free
        StayQuote parentAndChild = bar().quote(FAMILY, new Party(1, 1), TWO_NIGHTS, BAR_PRICES, TaxPolicy.none());
        assertThat(parentAndChild.total()).isEqualTo(eur("220"));
    }

    @Test
    void aDerivedPlanFollowsItsParentByAPercentage() {
        RatePlan bar = bar();
        RatePlan nrf = new RatePlan("NRF", "Non-refundable", null, 1, RatePolicies.nonRefundable());
        nrf.deriveFrom(bar, new BigDecimal("-10"));
        assertThat(nrf.priceSource()).isSameAs(bar);
        StayQuote q = nrf.quote(FAMILY, new Party(2, 0), TWO_NIGHTS, BAR_PRICES, TaxPolicy.none());
        assertThat(q.nights()).extracting(StayQuote.NightQuote::total).containsExactly(eur("90"), eur("108"));
    }

    @Test
    void derivationIsOneLevelDeepAndNeverFromItself() {
        RatePlan bar = bar();
        RatePlan nrf = new RatePlan("NRF", "Non-refundable", null, 1);
        nrf.deriveFrom(bar, new BigDecimal("-10"));
        RatePlan third = new RatePlan("X2", "Second level", null, 2);
        assertThatThrownBy(() -> third.deriveFrom(nrf, BigDecimal.ONE)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("derived");
        assertThatThrownBy(() -> bar.deriveFrom(bar, BigDecimal.ONE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> third.deriveFrom(bar, new BigDecimal("-100"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void vatIncludedIsSplitOutOfThePriceAndCityTaxIsAddedPerPerson() {
        TaxPolicy germany = new TaxPolicy(new BigDecimal("7"), true, new BigDecimal("2.50"));
        StayQuote q = bar().quote(FAMILY, new Party(2, 1), new StayPeriod(D, D.plusDays(1)), BAR_PRICES, germany);
        StayQuote.NightQuote night = q.nights().get(0);
        assertThat(night.gross()).isEqualTo(eur("115")); // 100 + one child at 15
        assertThat(night.net()).isEqualTo(eur("107.48"));
        assertThat(night.vat()).isEqualTo(eur("7.52"));
        assertThat(night.cityTax()).isEqualTo(eur("7.50"));
        assertThat(q.total()).isEqualTo(eur("122.50"));
    }

    @Test
    void vatAddedComesOnTopOfThePrice() {
        TaxPolicy added = new TaxPolicy(new BigDecimal("20"), false, BigDecimal.ZERO);
        StayQuote q = bar().quote(FAMILY, new Party(2, 0), TWO_NIGHTS, BAR_PRICES, added);
        assertThat(q.roomNet()).isEqualTo(eur("220"));
        assertThat(q.vat()).isEqualTo(eur("44"));
        assertThat(q.total()).isEqualTo(eur("264"));
    }

    @Test
    void everyNightNeedsAPrice() {
        assertThatThrownBy(() -> bar().quote(FAMILY, new Party(2, 0), new StayPeriod(D, D.plusDays(3)), BAR_PRICES,
                TaxPolicy.none())).isInstanceOf(InvalidValueException.class).hasMessageContaining(D.plusDays(2).toString());
    }
}
