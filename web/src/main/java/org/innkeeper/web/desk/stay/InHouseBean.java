package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.PlannedMoveView;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomRackView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.BusinessDay;
import org.innkeeper.web.faces.FacesMessages;

/**
 * Guests staying now, with their folio balance, and what the desk does for them during the stay:
 * move them to another room (with a reason) from tonight or from a later night (a planned move),
 * extend their stay, or let them leave early; the planned moves due today are carried out or called
 * off here. Each action works on one guest chosen from the list; a refusal changes nothing and says why.
 */
@Named
@ViewScoped
public class InHouseBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String EXTEND = "EXTEND";
    private static final String SHORTEN = "SHORTEN";
    /** How far ahead a guest's planned moves are looked for (a stay lasts at most 30 nights, an extension more). */
    private static final int PLANNED_AHEAD_DAYS = 400;
    /** The longest stretch the room rack shows: a planned move further from departure is offered every room of the type. */
    private static final int RACK_MAX_DAYS = 31;

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
    /** Planned moves due today or earlier, still to be carried out. */
    private List<PlannedMoveView> movesDue;
    /** Every planned move still to come, by confirmation number. */
    private Map<String, List<PlannedMoveView>> plannedMoves;
    /** The guest the open dialog is about. */
    private ReservationSummary guest;
    private List<RoomView> freeRooms = List.of();
    private RoomMove move = new RoomMove();
    private LocalDate departure;
    /** EXTEND or SHORTEN: what the departure dialog does. */
    private String mode = EXTEND;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        guests = stay.inHouse();
        movesDue = stay.movesDue(null);
        plannedMoves = stay.movesDue(businessDay.getDate().plusDays(PLANNED_AHEAD_DAYS)).stream()
                .collect(Collectors.groupingBy(PlannedMoveView::confirmationNumber));
    }

    /** Opens the move dialog from tonight: rooms free to the departure, vacant and ready, the booked type first. */
    public void startMove(ReservationSummary chosen) {
        guest = chosen;
        move = new RoomMove();
        move.setOn(businessDay.getDate());
        if (loadRooms()) {
            return;
        }
        if (freeRooms.isEmpty()) {
            messages.error("stay.move.noRoom");
        }
    }

    /** The night was changed in the dialog: the rooms offered follow it (tonight, or a later night). */
    public void nightChanged() {
        if (!loadRooms() && freeRooms.isEmpty()) {
            messages.error(isPlanned() ? "stay.move.plan.noRoom" : "stay.move.noRoom");
        }
    }

    /** The rooms for the night chosen; true if the service refused to say (the refusal is shown). */
    private boolean loadRooms() {
        try {
            freeRooms = isPlanned() ? plannableRooms() : arrival.assignableRooms(guest.confirmationNumber(), true);
        } catch (DomainException refusal) {
            refusals.show(refusal);
            freeRooms = List.of();
            return true;
        }
        boolean offered = freeRooms.stream().anyMatch(r -> r.number().equals(move.getRoomNumber()));
        if (!offered) {
            move.setRoomNumber(freeRooms.isEmpty() ? null : freeRooms.get(0).number());
        }
        return false;
    }

    /**
     * A later night: rooms of the guest's type that nothing holds (no stay, not out of order) from
     * that night to the departure, as the rack shows them. A night outside the stay is the service's
     * to refuse: then every other room of the type is offered.
     */
    private List<RoomView> plannableRooms() {
        LocalDate on = move.getOn();
        long nights = ChronoUnit.DAYS.between(on, guest.departure());
        List<RoomView> ofType = stay.rooms().stream()
                .filter(r -> r.roomType().equals(guest.roomType()) && !r.number().equals(guest.roomNumber()))
                .toList();
        if (nights < 1 || nights > RACK_MAX_DAYS) {
            return ofType;
        }
        Set<String> free = stay.rack(on, (int) nights).rooms().stream()
                .filter(row -> row.segments().isEmpty())
                .map(RoomRackView.Row::roomNumber)
                .collect(Collectors.toUnmodifiableSet());
        return ofType.stream().filter(r -> free.contains(r.number())).toList();
    }

    /**
     * Another night than tonight was chosen: the move is planned, not made now (a past night is
     * the service's to refuse, never taken for tonight).
     */
    public boolean isPlanned() {
        return move.getOn() != null && !move.getOn().equals(businessDay.getDate());
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

    /** Tonight: the guest moves now. A later night: the move is planned and the new room's nights held. */
    public void moveGuest() {
        String from = guest.roomNumber();
        try {
            if (isPlanned()) {
                PlannedMoveView planned = stay.planMove(guest.confirmationNumber(), move.plannedRequest());
                messages.info("stay.move.planned", planned.guestName(), planned.fromRoom(), planned.toRoom(), planned.on());
            } else {
                StayView moved = stay.moveRoom(guest.confirmationNumber(), move.request(isTypeChanges()));
                messages.info("stay.moved", moved.guestName(), from, moved.roomNumber());
            }
            reload();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** A planned move whose day has come: the guest moves to the room held for them; the old room turns dirty. */
    public void carryOut(PlannedMoveView planned) {
        try {
            StayView moved = stay.carryOutMove(planned.id());
            messages.info("stay.moved", moved.guestName(), planned.fromRoom(), moved.roomNumber());
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
        reload();
    }

    /** A planned move called off: the guest keeps the room they are in. */
    public void callOff(PlannedMoveView planned) {
        try {
            PlannedMoveView cancelled = stay.cancelMove(planned.id());
            messages.info("stay.move.calledOff", cancelled.guestName(), cancelled.toRoom(), cancelled.fromRoom());
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
        reload();
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
            reload();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** The room chosen (tonight) is of another type than the guest's: the clerk says whether the rate stays. */
    public boolean isTypeChanges() {
        return guest != null && !isPlanned() && freeRooms.stream()
                .anyMatch(r -> r.number().equals(move.getRoomNumber()) && !r.roomType().equals(guest.roomType()));
    }

    public List<ReservationSummary> getGuests() {
        return guests;
    }

    public List<PlannedMoveView> getMovesDue() {
        return movesDue;
    }

    /** The moves planned for a guest, soonest first (none: an empty list). */
    public List<PlannedMoveView> plannedFor(String confirmationNumber) {
        return plannedMoves.getOrDefault(confirmationNumber, List.of());
    }

    public LocalDate getTonight() {
        return businessDay.getDate();
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
