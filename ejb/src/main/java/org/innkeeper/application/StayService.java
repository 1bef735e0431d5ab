package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomBlockRequest;
import org.innkeeper.application.dto.RoomBlockView;
import org.innkeeper.application.dto.RoomMoveRequest;
import org.innkeeper.application.dto.RoomRackView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.application.dto.StayView;

/** Phase 3 of the guest cycle: the stay: room moves, extensions, early departures, housekeeping. */
@Local
public interface StayService {

    /** Guests checked in now, with their folio balance. */
    List<ReservationSummary> inHouse();

    /** Moves a guest in the house to another vacant, clean room from tonight, with a reason. */
    StayView moveRoom(String confirmationNumber, @NotNull @Valid RoomMoveRequest request);

    /** Plans a move to a room of the same type from a later night of the stay; that room's nights are held at once. */
    org.innkeeper.application.dto.PlannedMoveView planMove(String confirmationNumber,
                                                          @NotNull @Valid org.innkeeper.application.dto.PlannedMoveRequest request);

    /** Planned moves due on or before the date (null: the business date), for the desk to carry out. */
    List<org.innkeeper.application.dto.PlannedMoveView> movesDue(LocalDate date);

    /** The day has come: the guest moves to the planned room (vacant and clean by now); the old room turns dirty. */
    StayView carryOutMove(long moveId);

    /** A planned move called off: the guest keeps the old room, if it is still free for those nights. */
    org.innkeeper.application.dto.PlannedMoveView cancelMove(long moveId);

    /** Longer: priced at today's prices of the booked plan; refused with the reason when no room is free. */
    StayView extend(String confirmationNumber, @NotNull @Valid StayChangeRequest request);

    /** Shorter (an early departure): the nights given up go back on sale and to the waitlist. */
    StayView shorten(String confirmationNumber, @NotNull @Valid StayChangeRequest request);

    /** Every room with its state today, by number. */
    /** Marks a stay as the hotel's own use (manager only): its nights are posted at zero, counted as house use. */
    StayView houseUse(String confirmationNumber, boolean houseUse);

    List<RoomView> rooms();

    /** Housekeeping's view: due-outs and rooms for arriving guests (waiting ones first), then by floor. */
    List<RoomView> housekeepingBoard();

    /** Housekeeping reports a room CLEAN, INSPECTED or DIRTY (and optionally what they found: found VACANT/OCCUPIED). */
    RoomView changeHousekeeping(String roomNumber, @NotNull @Valid HousekeepingChange change);

    /** Rooms where the desk's occupancy and what housekeeping found disagree. */
    List<RoomView> discrepancies();

    /** Takes a room out of order (out of inventory) or out of service (still sellable). */
    RoomBlockView blockRoom(String roomNumber, @NotNull @Valid RoomBlockRequest request);

    /** The room is back: the block ends today, the room returns in the block's return status. */
    RoomBlockView endBlock(long blockId);

    /** Blocks active on or after the date. */
    List<RoomBlockView> blocks(LocalDate from);

    /** The room rack for {@code days} nights (1 to 31) from {@code from} (null: the business date). */
    RoomRackView rack(LocalDate from, int days);
}
