package org.innkeeper.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.dto.HotelView;

/** The hotel's name and business date (not the calendar date), read once per request for the top bar. */
@Named
@RequestScoped
public class BusinessDay {

    @EJB
    private HotelService hotels;

    private HotelView hotel;

    private HotelView hotel() {
        if (hotel == null) {
            hotel = hotels.hotel();
        }
        return hotel;
    }

    public LocalDate getDate() {
        return hotel().businessDate();
    }

    public String getHotelName() {
        return hotel().name();
    }
}
