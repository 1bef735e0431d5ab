package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.innkeeper.application.FrontDeskService;
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
import org.innkeeper.domain.folio.ChargeCategory;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.folio.PaymentMethod;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.IdentityDocument;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultFrontDeskService implements FrontDeskService {

    private static final Logger LOG = Logger.getLogger(DefaultFrontDeskService.class.getName());

    @Inject
    ReservationRepository reservations;
    @Inject
    RoomRepository rooms;
    @Inject
    FolioRepository folios;
    @Inject
    HotelCalendar calendar;

    @Override
    public LocalDate businessDate() {
        return calendar.businessDate();
    }

    @Override
    public HotelView hotel() {
        Hotel hotel = calendar.hotel();
        return new HotelView(hotel.name(), hotel.currency(), calendar.businessDate());
    }

    @Override
    public DeskOverview overview() {
        LocalDate today = calendar.businessDate();
        List<Room> all = rooms.rooms();
        int vacantClean = 0;
        int vacantDirty = 0;
        int occupied = 0;
        for (Room room : all) {
            if (room.occupancy() == Occupancy.OCCUPIED) {
                occupied++;
            } else if (room.housekeeping() == HousekeepingStatus.DIRTY) {
                vacantDirty++;
            } else {
                vacantClean++;
            }
        }
        return new DeskOverview(today, (int) reservations.countArrivingOn(today), (int) reservations.countInHouse(),
                (int) reservations.countInHouseDepartingOn(today), vacantClean, vacantDirty, occupied, all.size());
    }

    @Override
    public List<ReservationSummary> arrivals(LocalDate date) {
        return withBalances(reservations.arrivingOn(date == null ? calendar.businessDate() : date));
    }

    @Override
    public List<ReservationSummary> inHouse() {
        return withBalances(reservations.inHouse());
    }

    @Override
    public List<ReservationSummary> departures(LocalDate date) {
        return withBalances(reservations.inHouseDepartingOn(date == null ? calendar.businessDate() : date));
    }

    private List<ReservationSummary> withBalances(List<Reservation> list) {
        return Views.summaries(list, folios.balances(list.stream().map(Reservation::id).toList()));
    }

    @Override
    public List<RoomView> assignableRooms(String confirmationNumber) {
        Reservation reservation = load(confirmationNumber);
        return rooms.assignableRooms(reservation.roomType()).stream().map(Views::room).toList();
    }

    @Override
    public List<RoomView> rooms() {
        return rooms.rooms().stream().map(Views::room).toList();
    }

    @Override
    public RoomView changeHousekeeping(String roomNumber, HousekeepingChange change) {
        String number = roomNumber == null ? "" : roomNumber.trim().toUpperCase(Locale.ROOT);
        Room room = rooms.roomForUpdate(number).orElseThrow(() -> new NotFoundException("Room", number));
        room.changeHousekeeping(HousekeepingStatus.parse(change.status()));
        return Views.room(room);
    }

    @Override
    public ReservationView checkIn(String confirmationNumber, CheckInRequest request) {
        Reservation reservation = loadForUpdate(confirmationNumber);
        Room room = rooms.roomForUpdate(request.roomNumber().trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidValueException("roomNumber", "there is no room " + request.roomNumber()));
        IdentityDocument document = IdentityDocument.of(request.documentType(), request.documentNumber());
        LocalDate today = calendar.businessDate();
        Instant now = calendar.now();
        reservation.checkIn(room, document, today, now);

        Folio folio = new Folio(reservation, calendar.currency());
        folio.postRoomNights(reservation, today, now);
        folios.store(folio);
        LOG.info(() -> "Checked in " + reservation.confirmationNumber() + " to room " + room.number());
        return Views.reservation(reservation, calendar.today());
    }

    @Override
    public FolioView folio(String confirmationNumber) {
        Reservation reservation = load(confirmationNumber);
        return Views.folio(reservation, folioOf(reservation));
    }

    @Override
    public FolioView postCharge(String confirmationNumber, ChargeRequest request) {
        Reservation reservation = loadForUpdate(confirmationNumber);
        reservation.requireInHouse("post a charge to");
        Folio folio = folioOf(reservation);
        folio.postCharge(ChargeCategory.parse(request.category()), request.description(),
                Money.of(request.amount(), folio.currency()), calendar.businessDate(), calendar.now());
        return Views.folio(reservation, folio);
    }

    @Override
    public FolioView recordPayment(String confirmationNumber, PaymentRequest request) {
        Reservation reservation = loadForUpdate(confirmationNumber);
        reservation.requireInHouse("take a payment for");
        Folio folio = folioOf(reservation);
        folio.recordPayment(PaymentMethod.parse(request.method()), Money.of(request.amount(), folio.currency()),
                request.cardLast4(), calendar.businessDate(), calendar.now());
        return Views.folio(reservation, folio);
    }

    @Override
    public ReservationView checkOut(String confirmationNumber) {
        Reservation reservation = loadForUpdate(confirmationNumber);
        Folio folio = folioOf(reservation);
        reservation.checkOut(folio.balance(), calendar.now());
        LOG.info(() -> "Checked out " + reservation.confirmationNumber());
        return Views.reservation(reservation, calendar.today());
    }

    private Reservation load(String confirmationNumber) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return reservations.find(number).orElseThrow(() -> new NotFoundException("Reservation", number.value()));
    }

    /**
     * Every change to a stay (check-in, charge, payment, check-out) locks its reservation first, so
     * they queue up: a charge cannot slip in while the guest is checked out with a settled folio.
     */
    private Reservation loadForUpdate(String confirmationNumber) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return reservations.findForUpdate(number).orElseThrow(() -> new NotFoundException("Reservation", number.value()));
    }

    private Folio folioOf(Reservation reservation) {
        return folios.forReservation(reservation).orElseThrow(() -> new StateConflictException("no-folio",
                "reservation " + reservation.confirmationNumber() + " has no folio until check-in"));
    }
}
