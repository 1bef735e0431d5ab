package org.innkeeper.web.desk.stay;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;
import org.innkeeper.web.faces.Labels;

/** Every room with its occupancy and housekeeping status; housekeeping reports rooms clean or dirty here. */
@Named
@ViewScoped
public class RoomsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StayService stay;
    @Inject
    private FacesMessages messages;
    @Inject
    private Labels labels;

    private List<RoomView> rooms;

    @PostConstruct
    void init() {
        rooms = stay.rooms();
    }

    public void changeHousekeeping(String number, String status) {
        try {
            RoomView room = stay.changeHousekeeping(number, new HousekeepingChange(status));
            messages.info("rooms.housekeepingChanged", room.number(), labels.of("housekeeping", room.housekeeping()));
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        rooms = stay.rooms();
    }

    public List<RoomView> getRooms() {
        return rooms;
    }
}
