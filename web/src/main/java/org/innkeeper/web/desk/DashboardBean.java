package org.innkeeper.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.DepartureService;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.DeskOverview;
import org.innkeeper.application.dto.ReservationSummary;

/** Today at the desk: the figures and the three lists a clerk works through. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotelService hotel;
    @EJB
    private ArrivalService arrival;
    @EJB
    private StayService stay;
    @EJB
    private DepartureService departure;

    private DeskOverview overview;
    private List<ReservationSummary> arrivals;
    private List<ReservationSummary> inHouse;
    private List<ReservationSummary> departures;

    @PostConstruct
    void load() {
        overview = hotel.overview();
        arrivals = arrival.arrivals(overview.businessDate());
        inHouse = stay.inHouse();
        departures = departure.departures(overview.businessDate());
    }

    public DeskOverview getOverview() {
        return overview;
    }

    public List<ReservationSummary> getArrivals() {
        return arrivals;
    }

    public List<ReservationSummary> getInHouse() {
        return inHouse;
    }

    public List<ReservationSummary> getDepartures() {
        return departures;
    }
}
