package org.innkeeper.domain.rate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;

public interface RateRepository {

    /** Every plan, sellable or not, in the order they are shown. */
    List<RatePlan> ratePlans();

    Optional<RatePlan> ratePlan(String code);

    /** Nightly prices for the stay, per rate plan id and room type id (possibly incomplete). */
    Map<PlanAndType, NightlyPrices> pricesFor(StayPeriod stay);

    /** Every plan's own nightly prices from..to (exclusive), per rate plan id and room type id. */
    Map<PlanAndType, Map<LocalDate, Money>> pricesBetween(LocalDate from, LocalDate to);

    /** Every restriction from..to (inclusive), per rate plan id and room type id, by date. */
    Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictionsBetween(LocalDate from, LocalDate to);

    NightlyPrices pricesFor(RatePlan plan, org.innkeeper.domain.room.RoomType type, StayPeriod stay);

    /**
     * The restrictions from the stay's arrival to its departure date (inclusive: closed to
     * departure is checked there), per rate plan id and room type id, by date.
     */
    Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictionsFor(StayPeriod stay);

    /** The same for one plan and room type. */
    Map<LocalDate, StayRestriction.Rules> restrictionsFor(RatePlan plan, RoomType type, StayPeriod stay);

    /** Sets the price of every date from..to (inclusive) on the given weekdays; returns how many nights. */
    int setPrices(RatePlan plan, RoomType type, LocalDate from, LocalDate to, Set<java.time.DayOfWeek> weekdays,
                  Money price);

    /** Sets the restrictions of every date from..to on the given weekdays (none: removes them). */
    int setRestrictions(Collection<RatePlan> plans, Collection<RoomType> types, LocalDate from, LocalDate to,
                        Set<java.time.DayOfWeek> weekdays, StayRestriction.Rules rules);

    /** Prices of a plan (its source's) for a room type between two dates, by night. */
    Map<LocalDate, Money> prices(RatePlan plan, RoomType type, LocalDate from, LocalDate to);

    /** Restrictions of a plan and room type between two dates, by date. */
    Map<LocalDate, StayRestriction.Rules> restrictions(RatePlan plan, RoomType type, LocalDate from, LocalDate to);

    void store(RatePlan plan);

    void store(RoomRate rate);

    record PlanAndType(long ratePlanId, long roomTypeId) {
    }
}
