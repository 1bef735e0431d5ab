package org.innkeeper.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.dto.AvailabilityGridView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Rooms left per room type for the next 30 nights from the business date (or a later first night). */
@Named
@ViewScoped
public class AvailabilityGridBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 30;

    @EJB
    private AvailabilityService availability;
    @EJB
    private HotelService hotel;
    @Inject
    private FacesMessages messages;

    private LocalDate today;
    private LocalDate from;
    private AvailabilityGridView grid;

    @PostConstruct
    void init() {
        today = hotel.businessDate();
        from = today;
        show();
    }

    public void show() {
        if (from == null) {
            from = today;
        }
        try {
            grid = availability.grid(from, DAYS);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void next() {
        from = from.plusDays(DAYS);
        show();
    }

    /** Back, but never before the business date: the past can't be sold. */
    public void previous() {
        from = from.minusDays(DAYS).isBefore(today) ? today : from.minusDays(DAYS);
        show();
    }

    public boolean isAtToday() {
        return !from.isAfter(today);
    }

    /** A cell's style: sold out, nearly sold out (at most 2 left), or open. */
    public String cellClass(int left) {
        return left <= 0 ? "sold-out" : left <= 2 ? "last-rooms" : "open";
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public AvailabilityGridView getGrid() {
        return grid;
    }
}
