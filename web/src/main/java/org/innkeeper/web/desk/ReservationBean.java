package org.innkeeper.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** One reservation: details, the frozen nightly prices, cancelling. */
@Named
@ViewScoped
public class ReservationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReservationService reservations;
    @Inject
    private FacesMessages messages;

    private String cn;
    private ReservationView reservation;

    public void load() {
        if (cn == null || cn.isBlank()) {
            messages.error("reservation.missing");
            return;
        }
        try {
            reservation = reservations.find(cn, null);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void cancel() {
        try {
            reservation = reservations.cancel(cn, null);
            messages.info("reservation.cancelled", cn);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** What the hotel would accept today, as the domain says (not decided again here). */
    public boolean isCancellable() {
        return reservation != null && reservation.cancellable();
    }

    public boolean isCheckInPossible() {
        return reservation != null && reservation.checkInPossible();
    }

    public boolean isInHouse() {
        return reservation != null && "IN_HOUSE".equals(reservation.status());
    }

    public String getCn() {
        return cn;
    }

    public void setCn(String cn) {
        this.cn = cn;
    }

    public ReservationView getReservation() {
        return reservation;
    }
}
