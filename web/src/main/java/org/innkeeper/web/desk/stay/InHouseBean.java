package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.ReservationSummary;

/** Guests staying now, with their folio balance. */
@Named
@ViewScoped
public class InHouseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StayService stay;

    private List<ReservationSummary> guests;

    @PostConstruct
    void init() {
        guests = stay.inHouse();
    }

    public List<ReservationSummary> getGuests() {
        return guests;
    }
}
