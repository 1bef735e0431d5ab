package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.TaxSettings;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The hotel's VAT (included in prices or added) and city tax per person (or per adult) and night. */
@Named
@ViewScoped
public class TaxesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SetupService setup;
    @Inject
    private FacesMessages messages;
    @Inject
    private SetupRefusals refusals;

    private BigDecimal vatPercent;
    private boolean vatIncluded;
    private BigDecimal cityTax;
    private boolean childrenExempt;
    private String currency;

    @PostConstruct
    void init() {
        show(setup.taxes());
    }

    private void show(TaxSettings taxes) {
        vatPercent = taxes.vatPercent();
        vatIncluded = taxes.vatIncluded();
        cityTax = taxes.cityTaxPerPersonNight();
        childrenExempt = taxes.cityTaxChildrenExempt();
        currency = taxes.currency();
    }

    public void save() {
        try {
            show(setup.saveTaxes(new TaxSettings(vatPercent, vatIncluded, cityTax, childrenExempt, currency)));
            messages.info("setup.taxes.saved");
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public BigDecimal getVatPercent() {
        return vatPercent;
    }

    public void setVatPercent(BigDecimal vatPercent) {
        this.vatPercent = vatPercent;
    }

    public boolean isVatIncluded() {
        return vatIncluded;
    }

    public void setVatIncluded(boolean vatIncluded) {
        this.vatIncluded = vatIncluded;
    }

    public BigDecimal getCityTax() {
        return cityTax;
    }

    public void setCityTax(BigDecimal cityTax) {
        this.cityTax = cityTax;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isChildrenExempt() {
        return childrenExempt;
    }

    public void setChildrenExempt(boolean childrenExempt) {
        this.childrenExempt = childrenExempt;
    }
}
