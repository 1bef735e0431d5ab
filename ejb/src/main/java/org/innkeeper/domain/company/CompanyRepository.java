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
}
