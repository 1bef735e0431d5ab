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
}
