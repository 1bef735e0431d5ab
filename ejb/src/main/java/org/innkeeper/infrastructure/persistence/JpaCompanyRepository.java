package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.company.Company;
import org.innkeeper.domain.company.CompanyRepository;
import org.innkeeper.domain.company.LedgerEntry;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Company> companies() {
        return em.createQuery("select c from Company c order by c.name", Company.class).getResultList();
    }

    @Override
    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public Optional<Company> findForUpdate(long id) {
        return em.createQuery("select c from Company c where c.id = :id", Company.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Company> byName(String name) {
        return em.createQuery("select c from Company c where lower(c.name) = lower(:n)", Company.class)
                .setParameter("n", name.strip()).getResultStream().findFirst();
    }

    @Override
    public void store(Company company) {
        em.persist(company);
    }

    @Override
    public void store(LedgerEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<LedgerEntry> entries(long companyId) {
        return em.createQuery("select e from LedgerEntry e where e.companyId = :c order by e.businessDate, e.id",
                LedgerEntry.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public Totals before(java.time.LocalDate day) {
        Object[] row = em.createQuery("select sum(case when e.kind = :invoice then e.amount.amount else 0 end),"
                        + " sum(case when e.kind = :payment then e.amount.amount else 0 end) from LedgerEntry e"
                        + " where e.businessDate < :d", Object[].class)
                .setParameter("invoice", LedgerEntry.Kind.INVOICE).setParameter("payment", LedgerEntry.Kind.PAYMENT)
                .setParameter("d", day).getSingleResult();
        return new Totals(orZero(row[0]), orZero(row[1]));
    }

    @Override
    public java.math.BigDecimal billedOn(java.time.LocalDate day) {
        return orZero(em.createQuery("select sum(e.amount.amount) from LedgerEntry e where e.kind = :invoice"
                        + " and e.businessDate = :d", java.math.BigDecimal.class)
                .setParameter("invoice", LedgerEntry.Kind.INVOICE).setParameter("d", day).getSingleResult());
    }

    @Override
    public java.util.Map<String, java.math.BigDecimal> paidOn(java.time.LocalDate day) {
        java.util.Map<String, java.math.BigDecimal> paid = new java.util.TreeMap<>();
        em.createQuery("select e.method, sum(e.amount.amount) from LedgerEntry e where e.kind = :payment"
                        + " and e.businessDate = :d group by e.method", Object[].class)
                .setParameter("payment", LedgerEntry.Kind.PAYMENT).setParameter("d", day).getResultList()
                .forEach(row -> paid.put((String) row[0], (java.math.BigDecimal) row[1]));
        return paid;
    }

    @Override
    public java.util.Map<Long, java.math.BigDecimal> balancesAsOf(java.time.LocalDate day) {
        java.util.Map<Long, java.math.BigDecimal> balances = new java.util.HashMap<>();
        em.createQuery("select e.companyId, sum(case when e.kind = :invoice then e.amount.amount"
                        + " else -e.amount.amount end) from LedgerEntry e where e.businessDate <= :d group by e.companyId",
                        Object[].class)
                .setParameter("invoice", LedgerEntry.Kind.INVOICE).setParameter("d", day).getResultList()
                .forEach(row -> balances.put((Long) row[0], (java.math.BigDecimal) row[1]));
        return balances;
    }

    private static java.math.BigDecimal orZero(Object value) {
        return value == null ? java.math.BigDecimal.ZERO : (java.math.BigDecimal) value;
    }
}
