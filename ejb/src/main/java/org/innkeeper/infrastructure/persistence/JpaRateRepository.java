package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innkeeper.domain.rate.NightlyPrices;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.RoomRate;
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
                .setParameter("plan", plan)
                .setParameter("type", type)
                .setParameter("from", stay.arrival())
                .setParameter("to", stay.departure())
                .getResultList();
        Map<LocalDate, Money> prices = new HashMap<>();
        rates.forEach(r -> prices.put(r.night(), r.price()));
        return new NightlyPrices(stay, prices);
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
