package org.innkeeper.web.desk.departure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.DepartureService;
import org.innkeeper.application.dto.ReservationSummary;

/** In-house guests due to leave on the business date, with what they still owe. */
@Named
@ViewScoped
public class DeparturesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotelService hotel;
    @EJB
    private DepartureService departure;

    private LocalDate date;
    private List<ReservationSummary> departures;

    @PostConstruct
    void init() {
        date = hotel.businessDate();
        departures = departure.departures(date);
    }

    public LocalDate getDate() {
        return date;
    }

    public List<ReservationSummary> getDepartures() {
        return departures;
    }
}
