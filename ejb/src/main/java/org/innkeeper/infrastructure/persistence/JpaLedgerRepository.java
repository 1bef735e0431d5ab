package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.innkeeper.domain.folio.Department;
import org.innkeeper.domain.folio.PostingType;
import org.innkeeper.domain.report.LedgerRepository;

@ApplicationScoped
public class JpaLedgerRepository implements LedgerRepository {

    /** A posting's effect on its folio's balance, as Folio.balance() counts it. */
    private static final String SIGNED = "case when p.type = :payment then -p.amount.amount else p.amount.amount end";

    @PersistenceContext
    EntityManager em;

    @Override
    public BigDecimal balanceBefore(LocalDate date) {
        BigDecimal sum = em.createQuery("select sum(" + SIGNED + ") from Posting p where p.businessDate < :d",
                        BigDecimal.class)
                .setParameter("payment", PostingType.PAYMENT).setParameter("d", date).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public Map<Department, BigDecimal> chargesOn(LocalDate date) {
        Map<Department, BigDecimal> charges = new EnumMap<>(Department.class);
        em.createQuery("select p.department, sum(p.amount.amount) from Posting p"
                        + " where p.businessDate = :d and p.type <> :payment group by p.department", Object[].class)
                .setParameter("payment", PostingType.PAYMENT).setParameter("d", date).getResultList()
                .forEach(row -> charges.merge(row[0] == null ? Department.OTHER : (Department) row[0],
                        (BigDecimal) row[1], BigDecimal::add));
        return charges;
    }

    @Override
    public Map<String, BigDecimal> paymentsOn(LocalDate date) {
        Map<String, BigDecimal> payments = new TreeMap<>();
        em.createQuery("select p.category, sum(p.amount.amount) from Posting p where p.businessDate = :d"
                        + " and p.type = :payment group by p.category", Object[].class)
                .setParameter("payment", PostingType.PAYMENT).setParameter("d", date).getResultList()
                .forEach(row -> payments.put((String) row[0], (BigDecimal) row[1]));
        return payments;
    }

    @Override
    public FolioBalances folioBalancesAsOf(LocalDate date) {
        // One row per folio: its balance at the close of the date, and whether its guest had arrived.
        List<Object[]> rows = em.createQuery("select f.id, r.checkedInOn, sum(" + SIGNED + ") from Folio f"
                        + " join f.reservation r join f.postings p where p.businessDate <= :d"
                        + " group by f.id, r.checkedInOn", Object[].class)
                .setParameter("payment", PostingType.PAYMENT).setParameter("d", date).getResultList();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal beforeArrival = BigDecimal.ZERO;
        int open = 0;
        for (Object[] row : rows) {
            BigDecimal balance = (BigDecimal) row[2];
            LocalDate arrived = (LocalDate) row[1];
            total = total.add(balance);
            if (arrived == null || arrived.isAfter(date)) {
                beforeArrival = beforeArrival.add(balance);
            }
            if (balance.signum() != 0) {
                open++;
            }
        }
        return new FolioBalances(rows.size(), open, total, beforeArrival);
    }

    @Override
    public List<CashierTakings> paymentsByCashier(LocalDate date) {
        return em.createQuery("select p.postedBy, p.category, count(p), sum(p.amount.amount) from Posting p"
                        + " where p.businessDate = :d and p.type = :payment group by p.postedBy, p.category"
                        + " order by p.postedBy, p.category", Object[].class)
                .setParameter("payment", PostingType.PAYMENT).setParameter("d", date).getResultList().stream()
                .map(row -> new CashierTakings((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                        (BigDecimal) row[3]))
                .toList();
    }
}
