package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.RoomMoveRequest;
import org.innkeeper.application.dto.RoomRackView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.BusinessDay;
import org.innkeeper.web.faces.FacesMessages;
import org.primefaces.PrimeFaces;

/**
 * The room rack: rooms × nights with every stay and out-of-order period as a bar, and the
 * reservations of the range without a room beside it. The clerk selects an unassigned reservation
 * (or a guest in the house) and then a room free for it: the reservation is given the room, the
 * guest is moved (with a reason). A room of another type asks whether the rate stays.
 */
@Named
@ViewScoped
public class RackBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ASSIGN = "ASSIGN";
    static final String MOVE = "MOVE";

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

    private LocalDate from;
    @Min(7)
    @Max(31)
    private int days = 14;
    private RoomRackView rack;
    private List<Line> lines = List.of();

    /** What was selected: ASSIGN (a reservation without a room) or MOVE (a guest in the house); null: nothing. */
    private String mode;
    private String cn;
    private String guestName;
    private String roomType;
    private Set<String> eligible = Set.of();
    /** The room chosen (the move's room number), the reason for a move, the rate for another type. */
    private RoomMove choice = new RoomMove();

    /** A room's line on the rack: its cells night by night, a bar spanning the nights it is held. */
    public record Line(RoomRackView.Row row, List<Cell> cells, boolean eligible) implements Serializable {
    }

    /** kind FREE (one night), STAY or OUT_OF_ORDER (span nights). */
    public record Cell(String kind, int span, LocalDate night, RoomRackView.Segment segment) implements Serializable {

        public boolean isMovable() {
            return segment != null && "IN_HOUSE".equals(segment.status());
        }
    }

    @PostConstruct
    void init() {
        from = businessDay.getDate();
        show();
    }

    public void show() {
        try {
            rack = stay.rack(from, days);
        } catch (DomainException refusal) {
            refusals.show(refusal);
            return;
        }
        lines = rack.rooms().stream().map(row -> new Line(row, cells(row, rack.from(), rack.from().plusDays(rack.days())),
                eligible.contains(row.roomNumber()))).toList();
    }

    static List<Cell> cells(RoomRackView.Row row, LocalDate start, LocalDate end) {
        List<RoomRackView.Segment> segments = row.segments().stream()
                .sorted(Comparator.comparing(RoomRackView.Segment::from)).toList();
        List<Cell> cells = new ArrayList<>();
        LocalDate night = start;
        int next = 0;
        while (night.isBefore(end)) {
            RoomRackView.Segment s = next < segments.size() ? segments.get(next) : null;
            if (s != null && !s.from().isAfter(night)) {
                LocalDate until = s.to().isAfter(end) ? end : s.to();
                int span = (int) ChronoUnit.DAYS.between(night, until);
                if (span > 0) {
                    cells.add(new Cell(s.kind(), span, night, s));
                    night = until;
                }
                next++;
            } else {
                cells.add(new Cell("FREE", 1, night, null));
                night = night.plusDays(1);
            }
        }
        return cells;
    }

    public void selectUnassigned(RoomRackView.Unassigned reservation) {
        select(ASSIGN, reservation.confirmationNumber(), reservation.guestName(), reservation.roomType());
    }

    public void selectStay(RoomRackView.Row row, RoomRackView.Segment segment) {
        select(MOVE, segment.confirmationNumber(), segment.label(), row.roomType());
    }

    private void select(String newMode, String confirmationNumber, String name, String type) {
        mode = newMode;
        cn = confirmationNumber;
        guestName = name;
        roomType = type;
        choice = new RoomMove();
        try {
            eligible = arrival.assignableRooms(confirmationNumber, true).stream().map(RoomView::number)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (DomainException refusal) {
            refusals.show(refusal);
            eligible = Set.of();
        }
        if (eligible.isEmpty()) {
            messages.error("rack.noRoom", name);
        }
        show();
    }

    public void clearSelection() {
        mode = null;
        cn = null;
        eligible = Set.of();
        show();
    }

    /**
     * A room row was chosen for the selection: a reservation of the same type gets it at once;
     * a move or another type opens the confirmation (reason, rate): the page is told to ask.
     */
    public void chooseRoom(String roomNumber) {
        choice.setRoomNumber(roomNumber);
        if (isAsking()) {
            PrimeFaces.current().ajax().addCallbackParam("asking", true);
        } else {
            confirm();
        }
    }

    public boolean isAsking() {
        return choice.getRoomNumber() != null && (MOVE.equals(mode) || isTypeChanges());
    }

    public void confirm() {
        RoomMoveRequest request = choice.request(isTypeChanges());
        try {
            StayView done = MOVE.equals(mode) ? stay.moveRoom(cn, request)
                    : arrival.assignRoom(cn, new AssignRoomRequest(request.roomNumber(), request.rate()));
            messages.info(MOVE.equals(mode) ? "rack.moved" : "rack.assigned", done.guestName(), done.roomNumber());
            choice = new RoomMove();
            clearSelection();
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }

    /** The chosen room is of another type than the reservation's. */
    public boolean isTypeChanges() {
        String target = choice.getRoomNumber();
        if (target == null || roomType == null) {
            return false;
        }
        Map<String, String> types = rack.rooms().stream()
                .collect(Collectors.toMap(RoomRackView.Row::roomNumber, RoomRackView.Row::roomType));
        return !roomType.equals(types.get(target));
    }

    public void next() {
        from = from.plusDays(days);
        show();
    }

    public void previous() {
        from = from.minusDays(days);
        show();
    }

    public RoomRackView getRack() {
        return rack;
    }

    public List<Line> getLines() {
        return lines;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getMode() {
        return mode;
    }

    public String getCn() {
        return cn;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getRoomType() {
        return roomType;
    }

    public RoomMove getChoice() {
        return choice;
    }
}
