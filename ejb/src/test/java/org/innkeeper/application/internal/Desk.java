package org.innkeeper.application.internal;

import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;

/** The desk's three phase services as one clerk uses them through a day, for the guest-cycle tests. */
final class Desk {

    final DefaultArrivalService arrival;
    final DefaultStayService stay;
    final DefaultDepartureService departure;

    Desk(Services services) {
        arrival = services.arrival();
        stay = services.stay();
        departure = services.departure();
    }

    List<ReservationSummary> arrivals(LocalDate date) {
        return arrival.arrivals(date);
    }

    List<RoomView> assignableRooms(String cn) {
        return arrival.assignableRooms(cn);
    }

    StayView checkIn(String cn, CheckInRequest request) {
        return arrival.checkIn(cn, request);
    }

    List<ReservationSummary> inHouse() {
        return stay.inHouse();
    }

    List<RoomView> rooms() {
        return stay.rooms();
    }

    RoomView changeHousekeeping(String room, HousekeepingChange change) {
        return stay.changeHousekeeping(room, change);
    }

    FolioView folio(String cn) {
        return departure.folio(cn);
    }

    FolioView postCharge(String cn, ChargeRequest request) {
        return departure.postCharge(cn, request);
    }

    FolioView recordPayment(String cn, PaymentRequest request) {
        return departure.recordPayment(cn, request);
    }

    ReservationView checkOut(String cn) {
        return departure.checkOut(cn);
    }
}
