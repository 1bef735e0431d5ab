package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.innkeeper.application.dto.CompanyAccountView;
import org.innkeeper.application.dto.CompanyForm;
import org.innkeeper.application.dto.CompanyView;
import org.innkeeper.application.dto.LedgerPaymentRequest;

/** Companies billed directly and their accounts on the city ledger. */
@Local
public interface CompanyService {

    /** Every company with what it owes, by name. */
    List<CompanyView> companies();

    /** Adds a company (id null) or changes one. */
    CompanyView saveCompany(Long id, @NotNull @Valid CompanyForm form);

    /** The company's account as of the business date: owed, ageing, open items, entries. */
    CompanyAccountView account(long companyId);

    /** A payment received from the company, set against its oldest open invoices. */
    CompanyAccountView recordPayment(long companyId, @NotNull @Valid LedgerPaymentRequest request);

    /** The ageing list: every company that owes something, with its buckets. */
    List<CompanyAccountView> ageing();
}
