package org.innkeeper.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.FrontDeskService;
import org.innkeeper.application.dto.ReservationSummary;

/** Guests due to arrive on a date (the business date unless another is picked). */
@Named
@ViewScoped
public class ArrivalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FrontDeskService frontDesk;

    private LocalDate date;
    private List<ReservationSummary> arrivals;

    @PostConstruct
    void init() {
        date = frontDesk.businessDate();
        load();
    }

    public void load() {
        arrivals = frontDesk.arrivals(date);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<ReservationSummary> getArrivals() {
        return arrivals;
    }
}
