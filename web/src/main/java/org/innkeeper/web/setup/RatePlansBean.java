package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.PolicyTerms;
import org.innkeeper.application.dto.RatePlanForm;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Rate plans: what they include, whether they derive from another, and the terms they sell under. */
@Named
@ViewScoped
public class RatePlansBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The guarantees and fee bases a manager can choose from (the domain's names). */
    private static final List<String> GUARANTEES = List.of("NONE", "CARD", "DEPOSIT");
    private static final List<String> FEES = List.of("NONE", "FIRST_NIGHT", "PERCENT", "FULL_STAY");

    @EJB
    SetupService setup;
    @Inject
    FacesMessages messages;
    @Inject
    SetupRefusals refusals;

    private List<RatePlanView> ratePlans;

    private String editing;
    @Size(max = 10)
    private String code;
    @Size(max = 80)
    private String name;
    @Size(max = 300)
    private String description;
    private String parent;
    private BigDecimal adjustmentPercent;
    private boolean breakfastIncluded;
    private BigDecimal extraAdultAmount = BigDecimal.ZERO;
    private BigDecimal childAmount = BigDecimal.ZERO;
    private boolean active = true;

    private String guarantee = "NONE";
    private BigDecimal depositPercent;
    /** Free cancellation offered at all; false: non-refundable. */
    private boolean refundable = true;
    private Integer freeCancellationHours = 24;
    private String cancellationFee = "FIRST_NIGHT";
    private BigDecimal cancellationFeePercent;
    private String noShowFee = "FIRST_NIGHT";
    private BigDecimal noShowFeePercent;

    @PostConstruct
    void init() {
        ratePlans = setup.ratePlans();
    }

    public void edit(RatePlanView plan) {
        editing = plan.code();
        code = plan.code();
        name = plan.name();
        description = plan.description();
        parent = plan.parent();
        adjustmentPercent = plan.adjustmentPercent();
        breakfastIncluded = plan.breakfastIncluded();
        extraAdultAmount = plan.extraAdultAmount();
        childAmount = plan.childAmount();
        active = plan.active();
        PolicyTerms p = plan.policies();
        guarantee = p.guarantee();
        depositPercent = "DEPOSIT".equals(guarantee) ? p.depositPercent() : null;
        refundable = p.freeCancellationHours() != null;
        freeCancellationHours = p.freeCancellationHours();
        cancellationFee = p.cancellationFee();
        cancellationFeePercent = "PERCENT".equals(cancellationFee) ? p.cancellationFeePercent() : null;
        noShowFee = p.noShowFee();
        noShowFeePercent = "PERCENT".equals(noShowFee) ? p.noShowFeePercent() : null;
    }

    public void newPlan() {
        editing = null;
        code = name = description = parent = null;
        adjustmentPercent = null;
        breakfastIncluded = false;
        extraAdultAmount = childAmount = BigDecimal.ZERO;
        active = true;
        guarantee = "NONE";
        depositPercent = null;
        refundable = true;
        freeCancellationHours = 24;
        cancellationFee = noShowFee = "FIRST_NIGHT";
        cancellationFeePercent = noShowFeePercent = null;
    }

    public void save() {
        if (refundable && freeCancellationHours == null) {
            messages.error("setup.error.hoursMissing");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        // a percentage only goes with the choice that uses it; a stale one left in a hidden field is not sent
        PolicyTerms terms = new PolicyTerms(guarantee, "DEPOSIT".equals(guarantee) ? depositPercent : null,
                refundable ? freeCancellationHours : null,
                cancellationFee, "PERCENT".equals(cancellationFee) ? cancellationFeePercent : null,
                noShowFee, "PERCENT".equals(noShowFee) ? noShowFeePercent : null);
        boolean derived = parent != null && !parent.isBlank();
        RatePlanForm form = new RatePlanForm(editing != null ? editing : code, name, description,
                derived ? parent : null, derived ? adjustmentPercent : null, breakfastIncluded,
                extraAdultAmount, childAmount, active, terms);
        try {
            RatePlanView saved = setup.saveRatePlan(form);
            messages.info("setup.ratePlan.saved", saved.code());
            ratePlans = setup.ratePlans();
            edit(saved);
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** Plans a plan can derive from: those with prices of their own, not itself. */
    public List<RatePlanView> getParents() {
        return ratePlans.stream().filter(p -> p.parent() == null && !p.code().equals(editing)).toList();
    }

    public List<String> getGuarantees() {
        return GUARANTEES;
    }

    public List<String> getFees() {
        return FEES;
    }

    public List<RatePlanView> getRatePlans() {
        return ratePlans;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public BigDecimal getAdjustmentPercent() {
        return adjustmentPercent;
    }

    public void setAdjustmentPercent(BigDecimal adjustmentPercent) {
        this.adjustmentPercent = adjustmentPercent;
    }

    public boolean isBreakfastIncluded() {
        return breakfastIncluded;
    }

    public void setBreakfastIncluded(boolean breakfastIncluded) {
        this.breakfastIncluded = breakfastIncluded;
    }

    public BigDecimal getExtraAdultAmount() {
        return extraAdultAmount;
    }

    public void setExtraAdultAmount(BigDecimal extraAdultAmount) {
        this.extraAdultAmount = extraAdultAmount;
    }

    public BigDecimal getChildAmount() {
        return childAmount;
    }

    public void setChildAmount(BigDecimal childAmount) {
        this.childAmount = childAmount;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getGuarantee() {
        return guarantee;
    }

    public void setGuarantee(String guarantee) {
        this.guarantee = guarantee;
    }

    public BigDecimal getDepositPercent() {
        return depositPercent;
    }

    public void setDepositPercent(BigDecimal depositPercent) {
        this.depositPercent = depositPercent;
    }

    public boolean isRefundable() {
        return refundable;
    }

    public void setRefundable(boolean refundable) {
        this.refundable = refundable;
    }

    public Integer getFreeCancellationHours() {
        return freeCancellationHours;
    }

    public void setFreeCancellationHours(Integer freeCancellationHours) {
        this.freeCancellationHours = freeCancellationHours;
    }

    public String getCancellationFee() {
        return cancellationFee;
    }

    public void setCancellationFee(String cancellationFee) {
        this.cancellationFee = cancellationFee;
    }

    public BigDecimal getCancellationFeePercent() {
        return cancellationFeePercent;
    }

    public void setCancellationFeePercent(BigDecimal cancellationFeePercent) {
        this.cancellationFeePercent = cancellationFeePercent;
    }

    public String getNoShowFee() {
        return noShowFee;
    }

    public void setNoShowFee(String noShowFee) {
        this.noShowFee = noShowFee;
    }

    public BigDecimal getNoShowFeePercent() {
        return noShowFeePercent;
    }

    public void setNoShowFeePercent(BigDecimal noShowFeePercent) {
        this.noShowFeePercent = noShowFeePercent;
    }
}
