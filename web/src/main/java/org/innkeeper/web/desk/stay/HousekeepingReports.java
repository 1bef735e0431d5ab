package org.innkeeper.web.desk.stay;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;
import org.innkeeper.web.faces.Labels;

/** A room's housekeeping report, from the desk's rooms page or housekeeping's phone, and what the page says about it. */
@ApplicationScoped
public class HousekeepingReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StayService stay;
    @Inject
    private FacesMessages messages;
    @Inject
    private StayRefusals refusals;
    @Inject
    private Labels labels;

    public void report(String roomNumber, HousekeepingChange change) {
        try {
            RoomView room = stay.changeHousekeeping(roomNumber, change);
            if (change.found() == null) {
                messages.info("rooms.housekeepingChanged", room.number(), labels.of("housekeeping", room.housekeeping()));
            } else {
                messages.info("hk.foundReported", room.number(), labels.of("occupancy", room.found()));
            }
        } catch (DomainException refusal) {
            refusals.show(refusal);
        }
    }
}
