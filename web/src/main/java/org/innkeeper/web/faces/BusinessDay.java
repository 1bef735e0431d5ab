package org.innkeeper.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.innkeeper.application.FrontDeskService;

/** The hotel's business date (not the calendar date), read once per request for the top bar. */
@Named
@RequestScoped
public class BusinessDay {

    @EJB
    private FrontDeskService frontDesk;

    private LocalDate date;

    public LocalDate getDate() {
        if (date == null) {
            date = frontDesk.businessDate();
        }
        return date;
    }
}
