package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.DepartureService;
import org.innkeeper.application.dto.ChargeRequest;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.PaymentRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.folio.ChargeCategory;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.PaymentMethod;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.RoomNightRepository;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultDepartureService implements DepartureService {

    private static final Logger LOG = Logger.getLogger(DefaultDepartureService.class.getName());

    @Inject
    ReservationRepository reservations;
    @Inject
    FolioRepository folios;
    @Inject
    RoomNightRepository roomNights;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;
    @Inject
    org.innkeeper.domain.reservation.RoomMoveRepository moves;

    @Override
    public List<ReservationSummary> departures(LocalDate date) {
        List<Reservation> list = reservations.inHouseDepartingOn(date == null ? calendar.businessDate() : date);
        return Views.summaries(list, folios.balances(list.stream().map(Reservation::id).toList()));
    }

    @Override
    public FolioView folio(String confirmationNumber) {
        Reservation reservation = reservations.get(confirmationNumber);
        return Views.folio(reservation, folioOf(reservation));
    }

    @Override
    public FolioView postCharge(String confirmationNumber, ChargeRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        reservation.requireInHouse("post a charge to");
        Folio folio = folioOf(reservation);
        folio.postCharge(ChargeCategory.parse(request.category()), request.description(),
                Money.of(request.amount(), folio.currency()), calendar.businessDate(), calendar.now());
        return Views.folio(reservation, folio);
    }

    @Override
    public FolioView recordPayment(String confirmationNumber, PaymentRequest request) {
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        reservation.requireInHouse("take a payment for");
        Folio folio = folioOf(reservation);
        folio.recordPayment(PaymentMethod.parse(request.method()), Money.of(request.amount(), folio.currency()),
                request.cardLast4(), calendar.businessDate(), calendar.now());
        return Views.folio(reservation, folio);
    }

    @Override
    public ReservationView checkOut(String confirmationNumber) {
        Today today = calendar.today();
        Reservation reservation = reservations.getForUpdate(confirmationNumber);
        Folio folio = folioOf(reservation);
        reservation.checkOut(folio.balance(), today.businessDate(), actor.name(), today.instant());
        // a guest leaving before the last night gives the room back for the nights not slept
        roomNights.releaseStay(reservation.id(), today.businessDate());
        moves.scheduledFor(reservation).forEach(planned -> planned.cancel(today.instant()));
        LOG.info(() -> "Checked out " + reservation.confirmationNumber() + " by " + actor.name());
        return Views.reservation(reservation, today);
    }



    private Folio folioOf(Reservation reservation) {
        return folios.forReservation(reservation).orElseThrow(() -> new StateConflictException("no-folio",
                "reservation " + reservation.confirmationNumber() + " has no folio until check-in"));
    }
}
