package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innkeeper.domain.rate.NightlyPrices;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.rate.StayRestriction;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StayPeriod;

@ApplicationScoped
public class JpaRateRepository implements RateRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<RatePlan> ratePlans() {
        return em.createQuery("select p from RatePlan p order by p.sortOrder, p.code", RatePlan.class).getResultList();
    }

    @Override
    public Optional<RatePlan> ratePlan(String code) {
        return em.createQuery("select p from RatePlan p where p.code = :code", RatePlan.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Map<PlanAndType, NightlyPrices> pricesFor(StayPeriod stay) {
        // Scalars only: one query, no entities loaded, whatever the number of plans and types.
        List<Object[]> rows = em.createQuery("select r.ratePlan.id, r.roomType.id, r.night, r.price.amount,"
                        + " r.price.currency from RoomRate r where r.night >= :from and r.night < :to", Object[].class)
                .setParameter("from", stay.arrival())
                .setParameter("to", stay.departure())
                .getResultList();
        Map<PlanAndType, Map<LocalDate, Money>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent(new PlanAndType((Long) row[0], (Long) row[1]), k -> new HashMap<>())
                    .put((LocalDate) row[2], Money.of((BigDecimal) row[3], (String) row[4]));
        }
        Map<PlanAndType, NightlyPrices> result = new HashMap<>();
        grouped.forEach((key, prices) -> result.put(key, new NightlyPrices(stay, prices)));
        return result;
    }

    @Override
    public NightlyPrices pricesFor(RatePlan plan, RoomType type, StayPeriod stay) {
        List<RoomRate> rates = em.createQuery("select r from RoomRate r where r.ratePlan = :plan"
                        + " and r.roomType = :type and r.night >= :from and r.night < :to", RoomRate.class)
                .setParameter("plan", plan.priceSource())
                .setParameter("type", type)
                .setParameter("from", stay.arrival())
                .setParameter("to", stay.departure())
                .getResultList();
        Map<LocalDate, Money> prices = new HashMap<>();
        rates.forEach(r -> prices.put(r.night(), r.price()));
        return new NightlyPrices(stay, prices);
    }

    @Override
    public Map<PlanAndType, Map<LocalDate, Money>> pricesBetween(LocalDate from, LocalDate to) {
        Map<PlanAndType, Map<LocalDate, Money>> grouped = new HashMap<>();
        em.createQuery("select r.ratePlan.id, r.roomType.id, r.night, r.price.amount,"
                        + " r.price.currency from RoomRate r where r.night >= :from and r.night < :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(row -> grouped.computeIfAbsent(new PlanAndType((Long) row[0], (Long) row[1]), k -> new HashMap<>())
                        .put((LocalDate) row[2], Money.of((BigDecimal) row[3], (String) row[4])));
        return grouped;
    }

    @Override
    public Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictionsFor(StayPeriod stay) {
        return restrictionsBetween(stay.arrival(), stay.departure());
    }

    @Override
    public Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictionsBetween(LocalDate from, LocalDate to) {
        Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> result = new HashMap<>();
        em.createQuery("select s.ratePlan.id, s.roomType.id, s.night, s.minStay, s.maxStay, s.closedToArrival,"
                        + " s.closedToDeparture, s.stopSell from StayRestriction s"
                        + " where s.night >= :from and s.night <= :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(row -> result.computeIfAbsent(new PlanAndType((Long) row[0], (Long) row[1]), k -> new HashMap<>())
                        .put((LocalDate) row[2], rules(row, 3)));
        return result;
    }

    @Override
    public Map<LocalDate, StayRestriction.Rules> restrictionsFor(RatePlan plan, RoomType type, StayPeriod stay) {
        return restrictions(plan, type, stay.arrival(), stay.departure());
    }

    @Override
    public Map<LocalDate, StayRestriction.Rules> restrictions(RatePlan plan, RoomType type, LocalDate from, LocalDate to) {
        Map<LocalDate, StayRestriction.Rules> result = new HashMap<>();
        em.createQuery("select s.night, s.minStay, s.maxStay, s.closedToArrival, s.closedToDeparture, s.stopSell"
                        + " from StayRestriction s where s.ratePlan = :plan and s.roomType = :type"
                        + " and s.night >= :from and s.night <= :to", Object[].class)
                .setParameter("plan", plan)
                .setParameter("type", type)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(row -> result.put((LocalDate) row[0], rules(row, 1)));
        return result;
    }

    private static StayRestriction.Rules rules(Object[] row, int at) {
        return new StayRestriction.Rules((Integer) row[at], (Integer) row[at + 1], (Boolean) row[at + 2],
                (Boolean) row[at + 3], (Boolean) row[at + 4]);
    }

    @Override
    public int setPrices(RatePlan plan, RoomType type, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays,
                         Money price) {
        if (plan.isDerived()) {
            throw new InvalidValueException("ratePlan", plan.code() + " follows " + plan.parent().code()
                    + "'s prices; change those, or its adjustment");
        }
        Map<LocalDate, RoomRate> existing = new HashMap<>();
        em.createQuery("select r from RoomRate r where r.ratePlan = :plan and r.roomType = :type"
                        + " and r.night between :from and :to", RoomRate.class)
                .setParameter("plan", plan).setParameter("type", type)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> existing.put(r.night(), r));
        int changed = 0;
        for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
            if (!weekdays.contains(night.getDayOfWeek())) {
                continue;
            }
            RoomRate rate = existing.get(night);
            if (rate == null) {
                em.persist(new RoomRate(plan, type, night, price));
            } else {
                rate.changePrice(price);
            }
            changed++;
        }
        return changed;
    }

    @Override
    public int setRestrictions(Collection<RatePlan> plans, Collection<RoomType> types, LocalDate from, LocalDate to,
                               Set<DayOfWeek> weekdays, StayRestriction.Rules rules) {
        int changed = 0;
        for (RatePlan plan : plans) {
            for (RoomType type : types) {
                Map<LocalDate, StayRestriction> existing = new HashMap<>();
                em.createQuery("select s from StayRestriction s where s.ratePlan = :plan and s.roomType = :type"
                                + " and s.night between :from and :to", StayRestriction.class)
                        .setParameter("plan", plan).setParameter("type", type)
                        .setParameter("from", from).setParameter("to", to)
                        .getResultStream().forEach(r -> existing.put(r.night(), r));
                for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
                    if (!weekdays.contains(night.getDayOfWeek())) {
                        continue;
                    }
                    StayRestriction row = existing.get(night);
                    if (rules.isEmpty()) {
                        if (row != null) {
                            em.remove(row);
                        }
                    } else if (row == null) {
                        StayRestriction created = new StayRestriction(plan, type, night);
                        created.restrict(rules);
                        em.persist(created);
                    } else {
                        row.restrict(rules);
                    }
                    changed++;
                }
            }
        }
        return changed;
    }

    @Override
    public Map<LocalDate, Money> prices(RatePlan plan, RoomType type, LocalDate from, LocalDate to) {
        Map<LocalDate, Money> prices = new java.util.TreeMap<>();
        em.createQuery("select r.night, r.price.amount, r.price.currency from RoomRate r where r.ratePlan = :plan"
                        + " and r.roomType = :type and r.night between :from and :to", Object[].class)
                .setParameter("plan", plan.priceSource()).setParameter("type", type)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .forEach(row -> prices.put((LocalDate) row[0], Money.of((BigDecimal) row[1], (String) row[2])));
        return prices;
    }

    @Override
    public void store(RatePlan plan) {
        em.persist(plan);
    }

    @Override
    public void store(RoomRate rate) {
        em.persist(rate);
    }
}
