package org.innkeeper.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.hotel.TaxPolicy;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.RateRepository.PlanAndType;
import org.innkeeper.domain.rate.SaleRefusal;
import org.innkeeper.domain.rate.SaleRules;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.rate.StayRestriction;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * What is on sale over a span of dates (rooms left, prices, restrictions), loaded in three queries
 * and then asked about any stay inside the span: the offers of a search and its alternative dates
 * come from one load. The rule of whether and at what price a stay sells is {@link #evaluate}, used
 * by availability, booking and modification alike.
 */
final class SalesWindow {

    /** Whether a stay sells under a plan in a room type, why not, and its price. */
    record Evaluation(List<SaleRefusal> refusals, StayQuote quote, int roomsLeft) {
        boolean bookable() {
            return refusals.isEmpty() && roomsLeft > 0;
        }
    }

    private final Map<Long, Map<LocalDate, Integer>> left = new HashMap<>();
    private final Map<PlanAndType, Map<LocalDate, Money>> prices;
    private final Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictions;
    private final TaxPolicy taxes;

    private SalesWindow(List<InventoryRepository.InventoryNightView> nights,
                        Map<PlanAndType, Map<LocalDate, Money>> prices,
                        Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictions, TaxPolicy taxes) {
        nights.forEach(n -> left.computeIfAbsent(n.roomTypeId(), k -> new HashMap<>()).put(n.night(), n.left()));
        this.prices = prices;
        this.restrictions = restrictions;
        this.taxes = taxes;
    }

    /** Loads the nights from..to (exclusive) and the restrictions up to {@code to} (a departure date). */
    static SalesWindow load(InventoryRepository inventory, RateRepository rates, TaxPolicy taxes,
                            LocalDate from, LocalDate to) {
        return new SalesWindow(inventory.nights(from, to), rates.pricesBetween(from, to),
                rates.restrictionsBetween(from, to), taxes);
    }

    /** The same, from one snapshot of the hot read path (a search). */
    static SalesWindow load(org.innkeeper.infrastructure.persistence.SalesSnapshots.Snapshot sale, TaxPolicy taxes,
                            LocalDate from, LocalDate to) {
        return new SalesWindow(sale.nights(from, to), sale.pricesBetween(from, to), sale.restrictionsBetween(from, to),
                taxes);
    }

    /**
     * Counts one room of the type as free again on the nights of a stay that holds it: a reservation
     * quoting its own change gives its room back before it takes the new nights, as the change does.
     */
    SalesWindow givingBack(RoomType type, StayPeriod stay) {
        Map<LocalDate, Integer> byNight = left.computeIfAbsent(type.id(), k -> new HashMap<>());
        stay.nightDates().forEach(night -> byNight.computeIfPresent(night, (n, rooms) -> rooms + 1));
        return this;
    }

    /** Rooms of the type left for every night of the stay (0 where a night is not open). */
    int roomsLeft(RoomType type, StayPeriod stay) {
        Map<LocalDate, Integer> byNight = left.getOrDefault(type.id(), Map.of());
        int min = Integer.MAX_VALUE;
        for (LocalDate night : stay.nightDates()) {
            Integer n = byNight.get(night);
            if (n == null) {
                return 0;
            }
            min = Math.min(min, n);
        }
        return min;
    }

    Evaluation evaluate(RoomType type, RatePlan plan, StayPeriod stay, Party party) {
        return evaluate(type, plan, stay, party,
                prices.getOrDefault(new PlanAndType(plan.priceSource().id(), type.id()), Map.of()),
                restrictions.getOrDefault(new PlanAndType(plan.id(), type.id()), Map.of()),
                taxes, roomsLeft(type, stay));
    }

    /**
     * The one rule: the party must fit, the plan must be on sale and priced every night, the
     * restrictions must allow the stay, and a room must be left (unless {@code roomsLeft} is
     * unknown, -1: the booking's conditional update decides).
     */
    static Evaluation evaluate(RoomType type, RatePlan plan, StayPeriod stay, Party party,
                               Map<LocalDate, Money> sourcePrices, Map<LocalDate, StayRestriction.Rules> rules,
                               TaxPolicy taxes, int roomsLeft) {
        List<SaleRefusal> refusals = new ArrayList<>();
        if (!type.sleeps(party)) {
            refusals.add(new SaleRefusal("max-occupancy", type.name() + " sleeps at most " + type.maxOccupancy()
                    + " people, not " + party.people()));
        }
        if (!plan.active()) {
            refusals.add(new SaleRefusal("not-on-sale", "rate " + plan.code() + " is not on sale"));
        }
        LocalDate unpriced = stay.nightDates().stream().filter(n -> !sourcePrices.containsKey(n)).findFirst().orElse(null);
        if (unpriced != null) {
            refusals.add(new SaleRefusal("not-on-sale", type.name() + " is not sold at rate " + plan.code()
                    + " on the night of " + unpriced));
        }
        refusals.addAll(SaleRules.check(stay, rules));
        if (roomsLeft == 0) {
            refusals.add(new SaleRefusal("no-availability", "no " + type.name() + " is left for every night from "
                    + stay.arrival() + " to " + stay.departure()));
        }
        StayQuote quote = unpriced == null && type.sleeps(party)
                ? plan.quote(type, party, stay, sourcePrices, taxes) : null;
        return new Evaluation(refusals, quote, roomsLeft);
    }
}
