package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.CompanyService;
import org.innkeeper.application.dto.CompanyAccountView;
import org.innkeeper.application.dto.CompanyForm;
import org.innkeeper.application.dto.CompanyView;
import org.innkeeper.application.dto.LedgerPaymentRequest;
import org.innkeeper.domain.company.CityLedger;
import org.innkeeper.domain.company.Company;
import org.innkeeper.domain.company.CompanyRepository;
import org.innkeeper.domain.company.LedgerEntry;
import org.innkeeper.domain.folio.PaymentMethod;
import org.innkeeper.domain.folio.Stamp;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
public class DefaultCompanyService implements CompanyService {

    private static final Logger LOG = Logger.getLogger(DefaultCompanyService.class.getName());

    @Inject
    CompanyRepository companies;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    @Override
    public List<CompanyView> companies() {
        Today today = calendar.today();
        return companies.companies().stream().map(c -> view(c, ledger(c, today))).toList();
    }

    @Override
    public CompanyView saveCompany(Long id, CompanyForm form) {
        Today today = calendar.today();
        companies.byName(form.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new StateConflictException("company-exists", "name", "a company named " + other.name() + " exists");
        });
        Company company;
        if (id == null) {
            company = new Company(form.name(), form.address(), form.vatId(), form.creditLimit());
            if (!form.active()) {
                company.change(form.name(), form.address(), form.vatId(), form.creditLimit(), false);
            }
            companies.store(company);
        } else {
            company = companies.findForUpdate(id).orElseThrow(() -> new NotFoundException("Company", String.valueOf(id)));
            company.change(form.name(), form.address(), form.vatId(), form.creditLimit(), form.active());
        }
        LOG.info(() -> "Company " + form.name() + " saved by " + actor.name());
        return view(company, ledger(company, today));
    }

    @Override
    public CompanyAccountView account(long companyId) {
        Today today = calendar.today();
        Company company = companies.find(companyId)
                .orElseThrow(() -> new NotFoundException("Company", String.valueOf(companyId)));
        return account(company, today);
    }

    @Override
    public CompanyAccountView recordPayment(long companyId, LedgerPaymentRequest request) {
        Today today = calendar.today();
        Company company = companies.findForUpdate(companyId)
                .orElseThrow(() -> new NotFoundException("Company", String.valueOf(companyId)));
        PaymentMethod method = PaymentMethod.parse(request.method());
        if (method == PaymentMethod.DIRECT_BILL) {
            throw new InvalidValueException("method", "a company pays by BANK_TRANSFER, CARD or CASH");
        }
        companies.store(LedgerEntry.paid(companyId, Money.of(request.amount(), today.hotel().currency()), method.name(),
                request.reference(), new Stamp(today.businessDate(), today.instant(), actor.name())));
        LOG.info(() -> "Payment of " + request.amount() + " from " + company.name() + " by " + actor.name());
        return account(company, today);
    }

    @Override
    public List<CompanyAccountView> ageing() {
        Today today = calendar.today();
        return companies.companies().stream().map(c -> account(c, today))
                .filter(a -> a.owed().signum() != 0).toList();
    }

    private CityLedger ledger(Company company, Today today) {
        return new CityLedger(companies.entries(company.id()), today.businessDate(), today.hotel().currency());
    }

    private CompanyAccountView account(Company company, Today today) {
        List<LedgerEntry> entries = companies.entries(company.id());
        CityLedger ledger = new CityLedger(entries, today.businessDate(), today.hotel().currency());
        List<Money> ageing = ledger.ageing();
        return new CompanyAccountView(view(company, ledger), today.businessDate(), ledger.owed().amount(),
                ageing.get(0).amount(), ageing.get(1).amount(), ageing.get(2).amount(), ageing.get(3).amount(),
                ledger.openItems().stream().map(i -> new CompanyAccountView.OpenItem(i.invoiceId(), i.description(),
                        i.billedOn(), i.billed().amount(), i.open().amount(), i.days())).toList(),
                entries.stream().map(e -> new CompanyAccountView.Entry(e.id(), e.kind().name(), e.businessDate(),
                        e.postedAt(), e.postedBy(), e.description(), e.method(), e.amount().amount())).toList());
    }

    private static CompanyView view(Company c, CityLedger ledger) {
        return new CompanyView(c.id(), c.name(), c.address(), c.vatId(), c.creditLimit(), c.active(),
                ledger.owed().amount(), ledger.owed().currency());
    }

    /** What a company owes now, for the credit check of a direct bill. */
    static Money owed(CompanyRepository companies, long companyId, java.time.LocalDate asOf, String currency) {
        return new CityLedger(companies.entries(companyId), asOf, currency).owed();
    }

}
