package org.innkeeper.domain.rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * Whether a stay may be sold under the restrictions of its dates: one rule, used by availability,
 * booking and modification alike. Length of stay counts from the arrival date's restriction;
 * closed to arrival and departure look at those two dates; stop-sell at every night.
 */
public final class SaleRules {

    private SaleRules() {
    }

    /** Every reason the stay is refused (empty: it may be sold). {@code byDate} may lack dates. */
    public static List<SaleRefusal> check(StayPeriod stay, Map<LocalDate, StayRestriction.Rules> byDate) {
        List<SaleRefusal> refusals = new ArrayList<>();
        StayRestriction.Rules arrival = byDate.getOrDefault(stay.arrival(), StayRestriction.Rules.NONE);
        if (arrival.minStay() != null && stay.nights() < arrival.minStay()) {
            refusals.add(new SaleRefusal("min-stay", "minimum stay " + arrival.minStay() + " nights for arrival on "
                    + stay.arrival(), arrival.minStay()));
        }
        if (arrival.maxStay() != null && stay.nights() > arrival.maxStay()) {
            refusals.add(new SaleRefusal("max-stay", "maximum stay " + arrival.maxStay() + " nights for arrival on "
                    + stay.arrival(), arrival.maxStay()));
        }
        if (arrival.closedToArrival()) {
            refusals.add(new SaleRefusal("closed-to-arrival", "closed to arrival on " + stay.arrival()));
        }
        if (byDate.getOrDefault(stay.departure(), StayRestriction.Rules.NONE).closedToDeparture()) {
            refusals.add(new SaleRefusal("closed-to-departure", "closed to departure on " + stay.departure()));
        }
        stay.nightDates().stream()
                .filter(night -> byDate.getOrDefault(night, StayRestriction.Rules.NONE).stopSell())
                .findFirst()
                .ifPresent(night -> refusals.add(new SaleRefusal("stop-sell", "not sold on the night of " + night)));
        return refusals;
    }
}
