package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.HotelSettingsForm;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The hotel's hours, hold times and sale horizon, as a manager edits them. */
@Named
@ViewScoped
public class HotelSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SetupService setup;
    @Inject
    private FacesMessages messages;
    @Inject
    private SetupRefusals refusals;

    // the form's own ranges (those of HotelSettingsForm), so a wrong value is a message on the page, not a refusal
    // of the service's method validation
    @NotNull @Min(0) @Max(23)
    private Integer checkInHour;
    @NotNull @Min(0) @Max(23)
    private Integer checkOutHour;
    @NotNull @Min(0) @Max(23)
    private Integer noShowHour;
    @NotNull @Min(1) @Max(60)
    private Integer optionMaxDays;
    @NotNull @Min(1) @Max(168)
    private Integer waitlistOfferHours;
    @NotNull @Min(30) @Max(730)
    private Integer saleHorizonDays;
    private String timeZone;

    @PostConstruct
    void init() {
        show(setup.hotelSettings());
    }

    private void show(HotelSettingsForm s) {
        checkInHour = s.checkInHour();
        checkOutHour = s.checkOutHour();
        noShowHour = s.noShowHour();
        optionMaxDays = s.optionMaxDays();
        waitlistOfferHours = s.waitlistOfferHours();
        saleHorizonDays = s.saleHorizonDays();
        timeZone = s.timeZone();
    }

    public void save() {
        try {
            show(setup.saveHotelSettings(new HotelSettingsForm(checkInHour, checkOutHour, noShowHour, optionMaxDays,
                    waitlistOfferHours, saleHorizonDays, timeZone)));
            messages.info("setup.hotel.saved");
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    public Integer getCheckInHour() {
        return checkInHour;
    }

    public void setCheckInHour(Integer checkInHour) {
        this.checkInHour = checkInHour;
    }

    public Integer getCheckOutHour() {
        return checkOutHour;
    }

    public void setCheckOutHour(Integer checkOutHour) {
        this.checkOutHour = checkOutHour;
    }

    public Integer getNoShowHour() {
        return noShowHour;
    }

    public void setNoShowHour(Integer noShowHour) {
        this.noShowHour = noShowHour;
    }

    public Integer getOptionMaxDays() {
        return optionMaxDays;
    }

    public void setOptionMaxDays(Integer optionMaxDays) {
        this.optionMaxDays = optionMaxDays;
    }

    public Integer getWaitlistOfferHours() {
        return waitlistOfferHours;
    }

    public void setWaitlistOfferHours(Integer waitlistOfferHours) {
        this.waitlistOfferHours = waitlistOfferHours;
    }

    public Integer getSaleHorizonDays() {
        return saleHorizonDays;
    }

    public void setSaleHorizonDays(Integer saleHorizonDays) {
        this.saleHorizonDays = saleHorizonDays;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
