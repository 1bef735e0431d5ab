package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.ArrivalFilter;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.AutoAssignView;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;

/** Phase 2 of the guest cycle: arrivals, room assignment, check-in. */
@Local
public interface ArrivalService {

    /** Confirmed reservations due to arrive on the date (not yet checked in); null means the business date. */
    List<ReservationSummary> arrivals(LocalDate date);

    /** The arrivals board: guests due with their profile, booking, guarantee and room state, filtered. */
    List<ArrivalView> board(@NotNull ArrivalFilter filter);

    /**
     * Rooms the reservation may be given: free on every night of its stay and not out of order; of
     * the booked type, or of every type that sleeps the party with {@code otherTypes}. For a guest due
     * today, only rooms vacant and ready now.
     */
    List<RoomView> assignableRooms(String confirmationNumber, boolean otherTypes);

    default List<RoomView> assignableRooms(String confirmationNumber) {
        return assignableRooms(confirmationNumber, false);
    }

    /** Gives a room ahead of arrival (any future stay); an upgrade keeps the rate or re-prices, as asked. */
    StayView assignRoom(String confirmationNumber, @NotNull @Valid AssignRoomRequest request);

    /** Takes back a room given ahead of arrival. */
    StayView unassignRoom(String confirmationNumber);

    /**
     * Gives rooms to the date's arrivals that have none: inspected before clean before dirty rooms,
     * the guest's preferences, one booking's rooms on one floor or behind connecting doors; never an
     * out-of-order room, never a room held by another stay.
     */
    AutoAssignView autoAssign(LocalDate date);

    /** The guest is at the desk, their room not ready: a place in the queue, first for housekeeping. */
    StayView queue(String confirmationNumber);

    StayView stay(String confirmationNumber);

    /** Registers the guest and companions, gives the room (or the one assigned), keys and deposit. */
    StayView checkIn(String confirmationNumber, @NotNull @Valid CheckInRequest request);

    /**
     * The registration card of a guest checked in, as a PDF in the language asked (en or ru; null:
     * the guest's language, else English): hotel, guest and companions, identity data, the stay,
     * the room, the rate and policies as frozen, keys, and a line to sign.
     */
    byte[] registrationCard(String confirmationNumber, String language);

    /**
     * A guest without a booking, from "standing at the desk" to checked in, in one step: booked from
     * today on the channels' availability and prices, given the best ready room of the type (or the
     * one named), registered. Nothing is kept if any part is refused.
     */
    StayView walkIn(@NotNull @Valid org.innkeeper.application.dto.WalkInRequest request);

    /** A check-in made by mistake: the same day, with a reason, while nothing but the room is posted. */
    StayView undoCheckIn(String confirmationNumber, @NotNull @Valid ReasonRequest request);
}
