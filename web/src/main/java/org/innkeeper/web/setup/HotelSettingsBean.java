package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private Integer checkInHour;
    private Integer checkOutHour;
    private Integer noShowHour;
    private Integer optionMaxDays;
    private Integer waitlistOfferHours;
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
