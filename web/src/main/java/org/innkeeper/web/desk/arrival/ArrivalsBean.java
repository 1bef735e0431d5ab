package org.innkeeper.web.desk.arrival;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.dto.ReservationSummary;

/** Guests due to arrive on a date (the business date unless another is picked). */
@Named
@ViewScoped
public class ArrivalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotelService hotel;
    @EJB
    private ArrivalService arrival;

    private LocalDate date;
    private List<ReservationSummary> arrivals;

    @PostConstruct
    void init() {
        date = hotel.businessDate();
        load();
    }

    public void load() {
        arrivals = arrival.arrivals(date);
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
