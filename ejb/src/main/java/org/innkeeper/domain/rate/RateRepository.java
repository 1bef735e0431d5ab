package org.innkeeper.domain.rate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innkeeper.domain.shared.StayPeriod;

public interface RateRepository {

    List<RatePlan> ratePlans();

    Optional<RatePlan> ratePlan(String code);

    /** Nightly prices for the stay, per rate plan id and room type id (possibly incomplete). */
    Map<PlanAndType, NightlyPrices> pricesFor(StayPeriod stay);

    NightlyPrices pricesFor(RatePlan plan, org.innkeeper.domain.room.RoomType type, StayPeriod stay);

    void store(RatePlan plan);

    void store(RoomRate rate);

    record PlanAndType(long ratePlanId, long roomTypeId) {
    }
}
