package org.innkeeper.web.desk.arrival;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Registration at arrival: a vacant clean room of the booked type and the identity document. */
@Named
@ViewScoped
public class CheckInBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "ID_CARD", "DRIVING_LICENCE");

    @EJB
    private ArrivalService arrival;
    @EJB
    private ReservationService reservations;
    @Inject
    private FacesMessages messages;

    private String cn;
    private ReservationView reservation;
    private List<RoomView> rooms;
    private String roomNumber;
    private String documentType = "PASSPORT";
    @Size(max = 40)
    private String documentNumber;

    public void load() {
        if (cn == null || cn.isBlank()) {
            messages.error("reservation.missing");
            return;
        }
        try {
            reservation = reservations.find(cn, null);
            rooms = arrival.assignableRooms(cn);
            if (!rooms.isEmpty() && rooms.stream().noneMatch(r -> r.number().equals(roomNumber))) {
                roomNumber = rooms.get(0).number();
            }
            if (rooms.isEmpty()) {
                messages.error("checkin.noRoom");
            }
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public String checkIn() {
        try {
            arrival.checkIn(cn, new CheckInRequest(roomNumber, documentType, documentNumber.strip()));
            return "/frontdesk/folio?faces-redirect=true&cn=" + cn;
        } catch (DomainException refusal) {
            messages.error(refusal);
            load(); // the room may have been taken meanwhile: offer the rooms free now
            return null;
        }
    }

    public List<String> getDocumentTypes() {
        return DOCUMENT_TYPES;
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

    public List<RoomView> getRooms() {
        return rooms;
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
