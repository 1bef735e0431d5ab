package org.innkeeper.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.FrontDeskService;
import org.innkeeper.application.dto.RoomView;

/** Every room with its occupancy and housekeeping status. */
@Named
@ViewScoped
public class RoomsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FrontDeskService frontDesk;

    private List<RoomView> rooms;

    @PostConstruct
    void init() {
        rooms = frontDesk.rooms();
    }

    public List<RoomView> getRooms() {
        return rooms;
    }
}
