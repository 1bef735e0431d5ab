package org.innkeeper.domain.company;

import java.util.List;
import java.util.Optional;

public interface CompanyRepository {

    List<Company> companies();

    Optional<Company> find(long id);

    /** The company with its row locked: two direct bills at once cannot both pass the credit limit. */
    Optional<Company> findForUpdate(long id);

    Optional<Company> byName(String name);

    void store(Company company);

    void store(LedgerEntry entry);

    List<LedgerEntry> entries(long companyId);

    /** Sums of the city ledger for the trial balance. */
    record Totals(java.math.BigDecimal billed, java.math.BigDecimal paid) {
    }

    /** What was billed to and paid by all companies on business dates before {@code day}. */
    Totals before(java.time.LocalDate day);

    /** Billed on {@code day}, and paid that day by method. */
    java.math.BigDecimal billedOn(java.time.LocalDate day);

    java.util.Map<String, java.math.BigDecimal> paidOn(java.time.LocalDate day);

    /** What each company owed at the end of {@code day}: company id to balance. */
    java.util.Map<Long, java.math.BigDecimal> balancesAsOf(java.time.LocalDate day);
}
