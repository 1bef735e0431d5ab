package org.innkeeper.web.desk.arrival;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.AvailabilityService;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.dto.ArrivalFilter;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.AutoAssignView;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * The arrivals board of a date: who is due, how they are secured, the room given and whether it is
 * ready; filters on each; a room given or taken back, the guest put in the queue, the date's
 * arrivals auto-assigned.
 */
@Named
@ViewScoped
public class ArrivalBoardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> GUARANTEES = List.of("GUARANTEED", "DEPOSIT", "NONE");

    @EJB
    private HotelService hotel;
    @EJB
    private ArrivalService arrivals;
    @EJB
    private AvailabilityService availability;
    @Inject
    private FacesMessages messages;

    private LocalDate date;
    private String roomType;
    /** "", "true" or "false" for the three-way filters: any, yes, no. */
    private String vip = "";
    private String ready = "";
    private String assigned = "";
    private String waiting = "";
    private String guarantee;
    @Size(max = 100)
    private String text;

    private List<ArrivalView> rows;
    private List<RoomTypeView> roomTypes;
    private AutoAssignView autoAssigned;

    /** The assignment dialog: the arrival, the rooms it may get, and the clerk's choice of rate. */
    private ArrivalView assigning;
    private boolean otherTypes;
    private List<RoomView> assignable = List.of();
    private String rate;

    @PostConstruct
    void init() {
        date = hotel.businessDate();
        roomTypes = availability.roomTypes();
        load();
    }

    public void load() {
        try {
            rows = arrivals.board(new ArrivalFilter(date, blankToNull(roomType), choice(vip), choice(ready),
                    choice(assigned), blankToNull(guarantee), choice(waiting), blankToNull(text)));
        } catch (DomainException refusal) {
            rows = List.of();
            messages.error(refusal);
        }
    }

    public void clearFilters() {
        roomType = null;
        vip = "";
        ready = "";
        assigned = "";
        waiting = "";
        guarantee = null;
        text = null;
        load();
    }

    public void autoAssign() {
        try {
            autoAssigned = arrivals.autoAssign(date);
            messages.info("arrival.auto.done", autoAssigned.assigned().size(), autoAssigned.notAssigned().size());
        } catch (DomainException refusal) {
            autoAssigned = null;
            messages.error(refusal);
        }
        load();
    }

    public void closeAutoAssigned() {
        autoAssigned = null;
    }

    // --- one arrival ------------------------------------------------------------------------------

    public void openAssign(ArrivalView arrival) {
        assigning = arrival;
        otherTypes = false;
        rate = null;
        loadAssignable();
    }

    public void loadAssignable() {
        if (assigning == null) {
            return;
        }
        try {
            assignable = arrivals.assignableRooms(assigning.confirmationNumber(), otherTypes);
        } catch (DomainException refusal) {
            assignable = List.of();
            messages.error(refusal);
        }
    }

    /** Whether giving this room changes the guest's room type (then the clerk chooses the rate). */
    public boolean changesType(RoomView room) {
        return assigning != null && !room.roomType().equals(assigning.roomType());
    }

    public void assign(RoomView room) {
        try {
            arrivals.assignRoom(assigning.confirmationNumber(),
                    new AssignRoomRequest(room.number(), changesType(room) ? blankToNull(rate) : null));
            messages.info("arrival.assigned", room.number(), assigning.guestName());
            assigning = null;
            load();
        } catch (DomainException refusal) {
            messages.error(refusal);
            loadAssignable(); // the room may have been taken meanwhile: offer the rooms free now
        }
    }

    public void unassign(ArrivalView arrival) {
        try {
            arrivals.unassignRoom(arrival.confirmationNumber());
            messages.info("arrival.unassigned", arrival.roomNumber(), arrival.guestName());
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        load();
    }

    public void queue(ArrivalView arrival) {
        try {
            arrivals.queue(arrival.confirmationNumber());
            messages.info("arrival.queued", arrival.guestName());
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        load();
    }

    /** Only today's guests stand at the desk: they may queue and check in. */
    public boolean isToday() {
        return date != null && date.equals(hotel.businessDate());
    }

    static Boolean choice(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- accessors --------------------------------------------------------------------------------

    public List<String> getGuarantees() {
        return GUARANTEES;
    }

    public List<RoomTypeView> getRoomTypes() {
        return roomTypes;
    }

    public List<ArrivalView> getRows() {
        return rows;
    }

    public AutoAssignView getAutoAssigned() {
        return autoAssigned;
    }

    public ArrivalView getAssigning() {
        return assigning;
    }

    public List<RoomView> getAssignable() {
        return assignable;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getRoomType() {
        return roomType;
    }

    public void setRoomType(String roomType) {
        this.roomType = roomType;
    }

    public String getVip() {
        return vip;
    }

    public void setVip(String vip) {
        this.vip = vip;
    }

    public String getReady() {
        return ready;
    }

    public void setReady(String ready) {
        this.ready = ready;
    }

    public String getAssigned() {
        return assigned;
    }

    public void setAssigned(String assigned) {
        this.assigned = assigned;
    }

    public String getWaiting() {
        return waiting;
    }

    public void setWaiting(String waiting) {
        this.waiting = waiting;
    }

    public String getGuarantee() {
        return guarantee;
    }

    public void setGuarantee(String guarantee) {
        this.guarantee = guarantee;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOtherTypes() {
        return otherTypes;
    }

    public void setOtherTypes(boolean otherTypes) {
        this.otherTypes = otherTypes;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }
}
