package org.innkeeper.web.desk.departure;

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
import org.innkeeper.application.DepartureService;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The guest's account during the stay and at departure: charges, payments, check-out. */
@Named
@ViewScoped
public class FolioBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> CATEGORIES = List.of("MINIBAR", "RESTAURANT", "BAR", "LAUNDRY", "SPA", "PARKING", "OTHER");
    private static final List<String> METHODS = List.of("CASH", "CARD");

    @EJB
    private DepartureService departure;
    @Inject
    private FacesMessages messages;

    private String cn;
    private FolioView folio;

    private String category;
    @Size(max = 120)
    private String description;
    @DecimalMin("0.01")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal chargeAmount;

    private String method = "CASH";
    @DecimalMin("0.01")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal paymentAmount;
    private String cardLast4;

    public void load() {
        if (cn == null || cn.isBlank()) {
            messages.error("reservation.missing");
            return;
        }
        try {
            show(departure.folio(cn));
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void postCharge() {
        try {
            show(departure.postCharge(cn, new ChargeRequest(category, description.strip(), chargeAmount)));
            messages.info("folio.charged");
            category = null;
            description = null;
            chargeAmount = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void recordPayment() {
        String last4 = "CARD".equals(method) ? cardLast4 : null;
        if ("CARD".equals(method) && (last4 == null || !last4.matches("\\d{4}"))) {
            messages.error("folio.last4.invalid");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            show(departure.recordPayment(cn, new PaymentRequest(method, paymentAmount, last4)));
            messages.info("folio.paid");
            cardLast4 = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public String checkOut() {
        try {
            departure.checkOut(cn);
            messages.info("folio.checkedOut", cn);
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/reservations/view?faces-redirect=true&cn=" + cn;
        } catch (DomainException refusal) {
            messages.error(refusal);
            return null;
        }
    }

    private void show(FolioView view) {
        folio = view;
        paymentAmount = view.balance() != null && view.balance().signum() > 0 ? view.balance() : null;
    }

    public boolean isCardPayment() {
        return "CARD".equals(method);
    }

    public boolean isOpen() {
        return folio != null && "IN_HOUSE".equals(folio.reservationStatus());
    }

    public List<String> getCategories() {
        return CATEGORIES;
    }

    public List<String> getMethods() {
        return METHODS;
    }

    public String getCn() {
        return cn;
    }

    public void setCn(String cn) {
        this.cn = cn;
    }

    public FolioView getFolio() {
        return folio;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getChargeAmount() {
        return chargeAmount;
    }

    public void setChargeAmount(BigDecimal chargeAmount) {
        this.chargeAmount = chargeAmount;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }
}
