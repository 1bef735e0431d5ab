package org.innkeeper.web.desk.departure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.innkeeper.application.CompanyService;
import org.innkeeper.application.dto.CompanyAccountView;
import org.innkeeper.application.dto.CompanyForm;
import org.innkeeper.application.dto.CompanyView;
import org.innkeeper.application.dto.LedgerPaymentRequest;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The city ledger: companies, what they owe and for how long, their accounts and payments. */
@Named
@ViewScoped
public class CityLedgerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CompanyService ledger;
    @Inject
    private FacesMessages messages;

    private List<CompanyView> companies;
    private List<CompanyAccountView> ageing;
    private CompanyAccountView account;

    @DecimalMin("0.01")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal paymentAmount;
    private String paymentMethod = "BANK_TRANSFER";
    @Size(max = 100)
    private String reference;

    private Long editing;
    @Size(max = 200)
    private String name;
    @Size(max = 300)
    private String address;
    @Size(max = 30)
    private String vatId;
    @DecimalMin("0")
    @Digits(integer = 7, fraction = 2)
    private BigDecimal creditLimit;
    private boolean active = true;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        companies = ledger.companies();
        ageing = ledger.ageing();
        if (account != null) {
            account = ledger.account(account.company().id());
        }
    }

    public void open(long companyId) {
        account = ledger.account(companyId);
        paymentAmount = account.owed().signum() > 0 ? account.owed() : null;
    }

    public void pay() {
        try {
            account = ledger.recordPayment(account.company().id(), new LedgerPaymentRequest(paymentAmount, paymentMethod,
                    reference == null || reference.isBlank() ? null : reference.strip()));
            messages.info("ledger.paid");
            reference = null;
            paymentAmount = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void edit(CompanyView c) {
        editing = c.id();
        name = c.name();
        address = c.address();
        vatId = c.vatId();
        creditLimit = c.creditLimit();
        active = c.active();
    }

    public void save() {
        try {
            ledger.saveCompany(editing, new CompanyForm(name, address, vatId, creditLimit == null ? BigDecimal.ZERO : creditLimit,
                    active));
            messages.info("ledger.saved", name);
            editing = null;
            name = null;
            address = null;
            vatId = null;
            creditLimit = null;
            active = true;
            refresh();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public List<CompanyView> getCompanies() {
        return companies;
    }

    public List<CompanyAccountView> getAgeing() {
        return ageing;
    }

    public CompanyAccountView getAccount() {
        return account;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
