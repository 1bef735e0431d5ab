package org.innkeeper.web.desk.departure;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.innkeeper.application.DepartureService;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.FixedChargeRequest;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * The folio page's fixed charges (an article the stay takes every night, posted by the night audit)
 * and, for managers, the stay's house use.
 */
@Named
@ViewScoped
public class FixedChargesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DepartureService departure;
    @EJB
    private StayService stays;
    @Inject
    private FolioBean folio;
    @Inject
    private FacesMessages messages;

    private String article = "PARKING";
    @Min(1)
    @Max(20)
    private Integer quantity = 1;
    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal unitPrice;
    private LocalDate from;
    private LocalDate to;

    public void add() {
        try {
            folio.changed(departure.addFixedCharge(folio.getCn(),
                    new FixedChargeRequest(article, quantity, unitPrice, from, to)));
            messages.info("fixedCharge.added");
            unitPrice = null;
            from = null;
            to = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void end(int number) {
        try {
            folio.changed(departure.endFixedCharge(folio.getCn(), number));
            messages.info("fixedCharge.ended");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void houseUse(boolean use) {
        try {
            stays.houseUse(folio.getCn(), use);
            folio.changed(departure.folio(folio.getCn()));
            messages.info(use ? "houseUse.marked" : "houseUse.unmarked");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
