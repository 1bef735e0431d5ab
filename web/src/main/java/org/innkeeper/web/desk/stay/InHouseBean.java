package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.BusinessDay;
import org.innkeeper.web.faces.FacesMessages;

/**
 * Guests staying now, with their folio balance, and what the desk does for them during the stay:
 * move them to another room (with a reason), extend their stay, or let them leave early. Each
 * action works on one guest chosen from the list; a refusal changes nothing and says why.
 */
@Named
@ViewScoped
public class InHouseBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String EXTEND = "EXTEND";
    private static final String SHORTEN = "SHORTEN";

    @EJB
    private StayService stay;
    @EJB
    private ArrivalService arrival;
    @Inject
    private FacesMessages messages;
    @Inject
    private StayRefusals refusals;
    @Inject
    private BusinessDay businessDay;

    private List<ReservationSummary> guests;
    /** The guest the open dialog is about. */
    private ReservationSummary guest;
    private List<RoomView> freeRooms = List.of();
    private RoomMove move = new RoomMove();
    private LocalDate departure;
    /** EXTEND or SHORTEN: what the departure dialog does. */
    private String mode = EXTEND;

    @PostConstruct
    void init() {
        guests = stay.inHouse();
    }

    /** Opens the move dialog: rooms free from tonight to the departure, vacant and ready, the booked type first. */
    public void startMove(ReservationSummary chosen) {
        guest = chosen;
        move = new RoomMove();
        try {
            freeRooms = arrival.assignableRooms(chosen.confirmationNumber(), true);
        } catch (DomainException refusal) {
            refusals.show(refusal);
            return;
        }
        move.setRoomNumber(freeRooms.isEmpty() ? null : freeRooms.get(0).number());
        if (freeRooms.isEmpty()) {
            messages.error("stay.move.noRoom");
        }
    }

    public void startExtend(ReservationSummary chosen) {
        guest = chosen;
        mode = EXTEND;
        departure = chosen.departure().plusDays(1);
    }

    /** An early departure: today by default, or after the first night if the guest arrived today. */
    public void startShorten(ReservationSummary chosen) {
        guest = chosen;
        mode = SHORTEN;
        LocalDate today = businessDay.getDate();
        departure = today.isAfter(chosen.arrival()) ? today : chosen.arrival().plusDays(1);
    }

    public void moveGuest() {
        String from = guest.roomNumber();
        try {
            StayView moved = stay.moveRoom(guest.confirmationNumber(), move.request(isTypeChanges()));
            messages.info("stay.moved", moved.guestName(), from, moved.roomNumber());
            guests = stay.inHouse();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** Extends or shortens the stay to the date chosen, as the dialog was opened for. */
    public void changeDeparture() {
        boolean extending = EXTEND.equals(mode);
        try {
            StayChangeRequest change = new StayChangeRequest(departure);
            StayView changed = extending ? stay.extend(guest.confirmationNumber(), change)
                    : stay.shorten(guest.confirmationNumber(), change);
            messages.info(extending ? "stay.extended" : "stay.shortened", changed.guestName(), changed.departure(),
                    changed.nights(), changed.total(), changed.currency());
            guests = stay.inHouse();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** The room chosen is of another type than the guest's: the clerk says whether the rate stays. */
    public boolean isTypeChanges() {
        return guest != null && freeRooms.stream()
                .anyMatch(r -> r.number().equals(move.getRoomNumber()) && !r.roomType().equals(guest.roomType()));
    }

    public List<ReservationSummary> getGuests() {
        return guests;
    }

    public ReservationSummary getGuest() {
        return guest;
    }

    public List<RoomView> getFreeRooms() {
        return freeRooms;
    }

    public RoomMove getMove() {
        return move;
    }

    public String getMode() {
        return mode;
    }

    public LocalDate getDeparture() {
        return departure;
    }

    public void setDeparture(LocalDate departure) {
        this.departure = departure;
    }
}
