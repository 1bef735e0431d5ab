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
    private static final List<String> METHODS = List.of("CASH", "CARD", "BANK_TRANSFER");

    @EJB
    private DepartureService departure;
    @EJB
    private org.innkeeper.application.CompanyService ledger;
    @Inject
    private FacesMessages messages;

    private String cn;
    private FolioView folio;

    /** The article to charge (its code). */
    private String category;
    private List<org.innkeeper.application.dto.ArticleView> articles;
    @Size(max = 120)
    private String description;
    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(99)
    private Integer quantity;

    /** The posting being corrected, and why. */
    private Long correcting;
    @Size(max = 200)
    private String correctionReason;

    private List<org.innkeeper.application.dto.InvoiceView> invoices;
    @Size(max = 200)
    private String recipientName;
    @Size(max = 300)
    private String recipientAddress;
    @Size(max = 30)
    private String recipientVatId;
    private String invoiceLanguage;
    private Long crediting;
    @Size(max = 200)
    private String creditReason;

    @Size(max = 200)
    private String payeeName;
    @Size(max = 300)
    private String payeeAddress;
    @Size(max = 30)
    private String payeeVatId;
    private List<String> routedArticles;
    private Long windowCompany;
    private List<org.innkeeper.application.dto.CompanyView> companies;
    private Integer routeWindow;
    private Integer paymentWindow = 1;
    private Integer invoiceWindow = 1;
    private Long transferring;
    private Integer transferWindow;
    @Size(max = 20)
    private String transferStay;
    @Size(max = 150)
    private String transferReason;

    private String refundMethod = "CASH";
    @DecimalMin("0.01")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal refundAmount;
    private String refundLast4;
    @Size(max = 200)
    private String refundReason;
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
            articles = departure.chargeableArticles();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void postCharge() {
        try {
            show(departure.postCharge(cn, new ChargeRequest(category, description == null ? null : description.strip(),
                    chargeAmount, quantity)));
            messages.info("folio.charged");
            category = null;
            description = null;
            chargeAmount = null;
            quantity = null;
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
            show(departure.recordPayment(cn, new PaymentRequest(method, paymentAmount, last4, paymentWindow)));
            messages.info("folio.paid");
            cardLast4 = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** Starts a correction of a posting: the clerk gives the reason next. */
    public void correct(long postingId) {
        correcting = postingId;
        correctionReason = null;
    }

    public void cancelCorrection() {
        correcting = null;
    }

    public void reverse() {
        if (correctionReason == null || correctionReason.isBlank()) {
            messages.error("folio.reason.required");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            show(departure.reverse(cn, correcting, new org.innkeeper.application.dto.ReasonRequest(correctionReason.strip())));
            messages.info("folio.reversed");
            correcting = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void refund() {
        String last4 = "CARD".equals(refundMethod) ? refundLast4 : null;
        if (refundReason == null || refundReason.isBlank()) {
            messages.error("folio.reason.required");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            show(departure.refund(cn, new org.innkeeper.application.dto.RefundRequest(refundMethod, refundAmount, last4,
                    refundReason.strip())));
            messages.info("folio.refunded");
            refundAmount = null;
            refundReason = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public String expressCheckOut() {
        try {
            departure.expressCheckOut(cn);
            messages.info("folio.expressDone", cn);
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/reservations/view?faces-redirect=true&cn=" + cn;
        } catch (DomainException refusal) {
            messages.error(refusal);
            return null;
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

    public void issueInvoice() {
        try {
            var invoice = departure.issueInvoice(cn, new org.innkeeper.application.dto.InvoiceRequest(blank(recipientName),
                    blank(recipientAddress), blank(recipientVatId), blank(invoiceLanguage), invoiceWindow));
            messages.info("invoice.issued", invoice.number());
            recipientName = null;
            recipientAddress = null;
            recipientVatId = null;
            show(departure.folio(cn));
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void openWindow() {
        try {
            var opened = departure.openWindow(cn, new org.innkeeper.application.dto.WindowRequest(blank(payeeName),
                    blank(payeeAddress), blank(payeeVatId), windowCompany));
            show(opened);
            messages.info("window.opened", opened.windows().get(opened.windows().size() - 1).payee());
            windowCompany = null;
            payeeName = null;
            payeeAddress = null;
            payeeVatId = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void route() {
        if (routedArticles == null || routedArticles.isEmpty() || routeWindow == null) {
            messages.error("window.routeIncomplete");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            show(departure.route(cn, new org.innkeeper.application.dto.RouteRequest(routedArticles, routeWindow, null, null)));
            messages.info("window.routed.done");
            routedArticles = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void directBill(int window) {
        try {
            show(departure.directBill(cn, window));
            messages.info("ledger.billed", window);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public List<org.innkeeper.application.dto.CompanyView> getCompanies() {
        if (companies == null) {
            companies = ledger.companies().stream().filter(org.innkeeper.application.dto.CompanyView::active).toList();
        }
        return companies;
    }

    public Long getWindowCompany() {
        return windowCompany;
    }

    public void setWindowCompany(Long windowCompany) {
        this.windowCompany = windowCompany;
    }

    public void startTransfer(long postingId) {
        transferring = postingId;
        transferWindow = null;
        transferStay = null;
        transferReason = null;
    }

    public void transfer() {
        if (transferReason == null || transferReason.isBlank()) {
            messages.error("folio.reason.required");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            show(departure.transfer(cn, transferring, new org.innkeeper.application.dto.TransferRequest(transferWindow,
                    blank(transferStay), transferReason.strip())));
            messages.info("window.transferred");
            transferring = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** The window numbers of this folio, for the pickers. */
    public List<Integer> getWindowNumbers() {
        return folio == null ? List.of(1) : folio.windows().stream().map(w -> w.number()).toList();
    }

    /** The amount to pay: what the chosen window owes. */
    public void paymentWindowChanged() {
        int window = paymentWindow == null ? 1 : paymentWindow;
        paymentAmount = folio == null ? null : folio.windows().stream().filter(w -> w.number() == window)
                .map(org.innkeeper.application.dto.FolioView.WindowView::balance).filter(b -> b.signum() > 0)
                .findFirst().orElse(null);
    }

    public boolean isSplit() {
        return folio != null && folio.windows().size() > 1;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public void setPayeeName(String payeeName) {
        this.payeeName = payeeName;
    }

    public String getPayeeAddress() {
        return payeeAddress;
    }

    public void setPayeeAddress(String payeeAddress) {
        this.payeeAddress = payeeAddress;
    }

    public String getPayeeVatId() {
        return payeeVatId;
    }

    public void setPayeeVatId(String payeeVatId) {
        this.payeeVatId = payeeVatId;
    }

    public List<String> getRoutedArticles() {
        return routedArticles;
    }

    public void setRoutedArticles(List<String> routedArticles) {
        this.routedArticles = routedArticles;
    }

    public Integer getRouteWindow() {
        return routeWindow;
    }

    public void setRouteWindow(Integer routeWindow) {
        this.routeWindow = routeWindow;
    }

    public Integer getPaymentWindow() {
        return paymentWindow;
    }

    public void setPaymentWindow(Integer paymentWindow) {
        this.paymentWindow = paymentWindow;
    }

    public Integer getInvoiceWindow() {
        return invoiceWindow;
    }

    public void setInvoiceWindow(Integer invoiceWindow) {
        this.invoiceWindow = invoiceWindow;
    }

    public Long getTransferring() {
        return transferring;
    }

    public Integer getTransferWindow() {
        return transferWindow;
    }

    public void setTransferWindow(Integer transferWindow) {
        this.transferWindow = transferWindow;
    }

    public String getTransferStay() {
        return transferStay;
    }

    public void setTransferStay(String transferStay) {
        this.transferStay = transferStay;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public void credit(long invoiceId) {
        crediting = invoiceId;
        creditReason = null;
    }

    public void creditNote() {
        if (creditReason == null || creditReason.isBlank()) {
            messages.error("folio.reason.required");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            var note = departure.creditNote(crediting, new org.innkeeper.application.dto.ReasonRequest(creditReason.strip()));
            messages.info("invoice.credited", note.number(), note.credits());
            crediting = null;
            show(departure.folio(cn));
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<org.innkeeper.application.dto.InvoiceView> getInvoices() {
        return invoices;
    }

    public Long getCrediting() {
        return crediting;
    }

    public String getCreditReason() {
        return creditReason;
    }

    public void setCreditReason(String creditReason) {
        this.creditReason = creditReason;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public void setRecipientAddress(String recipientAddress) {
        this.recipientAddress = recipientAddress;
    }

    public String getRecipientVatId() {
        return recipientVatId;
    }

    public void setRecipientVatId(String recipientVatId) {
        this.recipientVatId = recipientVatId;
    }

    public String getInvoiceLanguage() {
        return invoiceLanguage;
    }

    public void setInvoiceLanguage(String invoiceLanguage) {
        this.invoiceLanguage = invoiceLanguage;
    }

    /** Shows the folio as a change made beside this bean (its fixed charges, say) left it. */
    void changed(FolioView view) {
        show(view);
    }

    private void show(FolioView view) {
        folio = view;
        invoices = departure.invoices(view.confirmationNumber());
        paymentWindowChanged();
    }

    public boolean isCardPayment() {
        return "CARD".equals(method);
    }

    /** Booked and still to come: a deposit or prepayment can be taken. */
    public boolean isUpcoming() {
        return folio != null && List.of("OPTION", "CONFIRMED", "GUARANTEED").contains(folio.reservationStatus());
    }

    public void takeDeposit() {
        recordPayment();
    }

    public boolean isOpen() {
        return folio != null && "IN_HOUSE".equals(folio.reservationStatus());
    }

    public List<org.innkeeper.application.dto.ArticleView> getArticles() {
        return articles;
    }

    /** Whether money was paid that could be given back. */
    public boolean isRefundable() {
        return folio != null && folio.payments() != null && folio.payments().signum() > 0;
    }

    public Long getCorrecting() {
        return correcting;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getRefundMethod() {
        return refundMethod;
    }

    public void setRefundMethod(String refundMethod) {
        this.refundMethod = refundMethod;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundLast4() {
        return refundLast4;
    }

    public void setRefundLast4(String refundLast4) {
        this.refundLast4 = refundLast4;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
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
