package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.DeskOverview;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.HotelView;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomView;

/** Arrival, stay and departure at the front desk, on the hotel's business date. */
@Local
public interface FrontDeskService {

    LocalDate businessDate();

    HotelView hotel();

    DeskOverview overview();

    /** Confirmed reservations due to arrive on the date (not yet checked in); null means the business date. */
    List<ReservationSummary> arrivals(LocalDate date);

    /** Guests checked in now, with their folio balance. */
    List<ReservationSummary> inHouse();

    /** In-house guests due to leave on the date, with their folio balance; null means the business date. */
    List<ReservationSummary> departures(LocalDate date);

    /** Vacant, clean (or inspected) rooms of the reservation's room type. */
    List<RoomView> assignableRooms(String confirmationNumber);

    List<RoomView> rooms();

    /** Housekeeping has cleaned (or inspected, or found dirty) the room. */
    RoomView changeHousekeeping(String roomNumber, @NotNull @Valid HousekeepingChange change);

    /** Registers the guest (identity document), gives the room and opens the folio with the room nights. */
    ReservationView checkIn(String confirmationNumber, @NotNull @Valid CheckInRequest request);

    FolioView folio(String confirmationNumber);

    FolioView postCharge(String confirmationNumber, @NotNull @Valid ChargeRequest request);

    FolioView recordPayment(String confirmationNumber, @NotNull @Valid PaymentRequest request);

    /** Refused while the folio balance is not zero; afterwards the room is vacant and dirty. */
    ReservationView checkOut(String confirmationNumber);
}
