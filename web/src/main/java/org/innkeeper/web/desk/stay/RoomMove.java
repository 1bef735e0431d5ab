package org.innkeeper.web.desk.stay;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.innkeeper.application.dto.PlannedMoveRequest;
import org.innkeeper.application.dto.RoomMoveRequest;

/**
 * What the clerk fills in to move a guest: the room, the reason, and (to another room type)
 * whether the rate stays (KEEP) or follows the new type (REPRICE); on the in-house list also the
 * night the move is from ({@code on}: tonight, or a later night to plan it). Used by the in-house
 * list and the room rack alike.
 */
public class RoomMove implements Serializable {

    private static final long serialVersionUID = 1L;

    private String roomNumber;
    @Size(max = 200)
    private String reason;
    private String rate = "KEEP";
    private LocalDate on;

    /** The request for the service; the rate only counts when the room is of another type. */
    public RoomMoveRequest request(boolean typeChanges) {
        return new RoomMoveRequest(roomNumber, reason == null ? null : reason.strip(), typeChanges ? rate : null);
    }

    /** The move planned for the later night {@code on} (always to a room of the same type: no rate). */
    public PlannedMoveRequest plannedRequest() {
        return new PlannedMoveRequest(roomNumber, reason == null ? null : reason.strip(), on);
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
