package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.RoomView;

/**
 * Housekeeping on a phone: the rooms to do first (a guest waiting, an arrival's room not ready, a
 * guest leaving today), then every other room floor by floor; one tap reports a room clean,
 * inspected or dirty, or that it was found occupied or vacant against what the desk thinks.
 */
@Named
@ViewScoped
public class HousekeepingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StayService stay;
    @EJB
    private org.innkeeper.application.GuestRequestService requests;
    @Inject
    private org.innkeeper.web.faces.FacesMessages messages;
    @Inject
    private HousekeepingReports reports;

    private List<RoomView> first;
    private List<Floor> floors;
    private List<org.innkeeper.application.dto.RequestCategoryView> categories;
    /** A guest's request met on the floor: the room, what and the details. */
    private String requestRoom;
    private String requestCategory;
    private String requestText;

    /** A floor and its rooms, in the board's order. */
    public record Floor(int number, List<RoomView> rooms) implements Serializable {
    }

    @PostConstruct
    void init() {
        List<RoomView> board = stay.housekeepingBoard();
        first = board.stream().filter(HousekeepingBean::first).toList();
        Map<Integer, List<RoomView>> byFloor = board.stream().filter(r -> !first(r))
                .collect(Collectors.groupingBy(RoomView::floor, TreeMap::new, Collectors.toList()));
        floors = byFloor.entrySet().stream().map(e -> new Floor(e.getKey(), e.getValue())).toList();
    }

    /** The guest of {@code requestRoom} asked housekeeping for something: logged for their department. */
    public void logRequest() {
        try {
            var logged = requests.logForRoom(requestRoom, requestCategory, requestText,
                    org.innkeeper.domain.request.RequestSource.HOUSEKEEPING);
            messages.info("hk.requestLogged", logged.roomNumber());
            requestText = null;
        } catch (org.innkeeper.domain.shared.DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** The rooms with a guest in them, for the request form. */
    public List<String> getOccupiedRooms() {
        return java.util.stream.Stream.concat(first.stream(), floors.stream().flatMap(f -> f.rooms().stream()))
                .filter(r -> "OCCUPIED".equals(r.occupancy())).map(RoomView::number).sorted().toList();
    }

    public List<org.innkeeper.application.dto.RequestCategoryView> getCategories() {
        if (categories == null) {
            categories = requests.categories();
        }
        return categories;
    }

    public String getRequestRoom() {
        return requestRoom;
    }

    public void setRequestRoom(String requestRoom) {
        this.requestRoom = requestRoom;
    }

    public String getRequestCategory() {
        return requestCategory;
    }

    public void setRequestCategory(String requestCategory) {
        this.requestCategory = requestCategory;
    }

    public String getRequestText() {
        return requestText;
    }

    public void setRequestText(String requestText) {
        this.requestText = requestText;
    }

    /** A guest waits for it, an arriving guest's room is not ready, or its guest leaves today. */
    static boolean first(RoomView room) {
        return room.guestWaiting() || room.arrivalToday() && !room.ready() || room.dueOut();
    }

    /** One tap: the room is now CLEAN, INSPECTED or DIRTY. */
    public void report(String number, String status) {
        change(number, new HousekeepingChange(status));
    }

    /** The room was found VACANT or OCCUPIED; its cleaning status stays as it is. */
    public void found(RoomView room, String found) {
        change(room.number(), new HousekeepingChange(room.housekeeping(), found));
    }

    private void change(String number, HousekeepingChange change) {
        reports.report(number, change);
        init();
    }

    public List<RoomView> getFirst() {
        return first;
    }

    public List<Floor> getFloors() {
        return floors;
    }
}
