package org.innkeeper.domain.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StayPeriod;
import org.junit.jupiter.api.Test;

class SaleRulesTest {

    private static final LocalDate D = LocalDate.of(2027, 3, 1);
    private static final StayPeriod TWO_NIGHTS = new StayPeriod(D, D.plusDays(2));

    private static StayRestriction.Rules minStay(int n) {
        return new StayRestriction.Rules(n, null, false, false, false);
    }

    @Test
    void noRestrictionNoRefusal() {
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of())).isEmpty();
    }

    @Test
    void lengthOfStayCountsFromTheArrivalDate() {
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D, minStay(3))))
                .singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo("min-stay");
                    assertThat(r.nights()).isEqualTo(3);
                    assertThat(r.message()).contains("minimum stay 3 nights");
                });
        // a minimum stay on a later night of the stay does not apply to this arrival
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D.plusDays(1), minStay(3)))).isEmpty();
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D, new StayRestriction.Rules(null, 1, false, false, false))))
                .extracting(SaleRefusal::code).containsExactly("max-stay");
    }

    @Test
    void closedToArrivalAndDepartureLookAtThoseDates() {
        StayRestriction.Rules cta = new StayRestriction.Rules(null, null, true, false, false);
        StayRestriction.Rules ctd = new StayRestriction.Rules(null, null, false, true, false);
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D, cta))).extracting(SaleRefusal::code).containsExactly("closed-to-arrival");
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D.plusDays(1), cta))).isEmpty();
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D.plusDays(2), ctd))).extracting(SaleRefusal::code)
                .containsExactly("closed-to-departure");
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D.plusDays(1), ctd))).isEmpty();
    }

    @Test
    void stopSellOnAnyNightOfTheStayButNotOnTheDepartureDate() {
        StayRestriction.Rules stop = new StayRestriction.Rules(null, null, false, false, true);
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D.plusDays(1), stop))).extracting(SaleRefusal::code)
                .containsExactly("stop-sell");
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D.plusDays(2), stop))).isEmpty();
    }

    @Test
    void everyReasonIsGiven() {
        assertThat(SaleRules.check(TWO_NIGHTS, Map.of(D, new StayRestriction.Rules(5, null, true, false, true))))
                .extracting(SaleRefusal::code).containsExactly("min-stay", "closed-to-arrival", "stop-sell");
    }

    @Test
    void impossibleRulesAreRefused() {
        assertThatThrownBy(() -> new StayRestriction.Rules(4, 2, false, false, false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StayRestriction.Rules(0, null, false, false, false))
                .isInstanceOf(InvalidValueException.class);
    }
}
