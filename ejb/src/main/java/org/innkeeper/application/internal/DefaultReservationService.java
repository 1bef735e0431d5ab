package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.GuestRepository;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.NightlyPrices;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StayPeriod;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultReservationService implements ReservationService {

    private static final Logger LOG = Logger.getLogger(DefaultReservationService.class.getName());

    @Inject
    RoomRepository rooms;
    @Inject
    RateRepository rates;
    @Inject
    InventoryRepository inventory;
    @Inject
    GuestRepository guests;
    @Inject
    ReservationRepository reservations;
    @Inject
    FolioRepository folios;
    @Inject
    HotelCalendar calendar;

    @Override
    public ReservationView book(BookingRequest request, String channel) {
        StayPeriod stay = new StayPeriod(request.arrival(), request.departure());
        calendar.requireBookable(stay);
        RoomType type = rooms.roomType(code(request.roomType()))
                .orElseThrow(() -> new InvalidValueException("roomType", "unknown room type " + request.roomType()));
        RatePlan plan = rates.ratePlan(code(request.ratePlan()))
                .orElseThrow(() -> new InvalidValueException("ratePlan", "unknown rate plan " + request.ratePlan()));
        NightlyPrices prices = rates.pricesFor(plan, type, stay);
        if (!prices.complete()) {
            throw new NoAvailabilityException(type.code(), type.name() + " is not sold at rate " + plan.code()
                    + " on the night of " + prices.firstUnpricedNight());
        }
        Instant now = calendar.now();
        Guest guest = isDesk(channel) ? profileFor(request.guest(), now) : newProfile(request.guest(), now);
        // The reservation checks its own rules (occupancy, prices) before any room is taken.
        Reservation reservation = Reservation.confirm(ConfirmationNumber.next(), guest, type, plan, stay,
                request.adults(), prices.byNight(), channel, request.source(), now);
        inventory.reserve(type, stay);
        reservations.store(reservation);
        LOG.info(() -> "Booked " + reservation.confirmationNumber() + " " + type.code() + " " + stay
                + " via " + channel);
        return Views.reservation(reservation, calendar.businessDate());
    }

    /**
     * At the desk, one profile per person: a returning guest (same name and e-mail) keeps their
     * history. A channel gets a profile of its own for each booking: it must not read or change
     * profiles other channels or the desk keep (staff merge duplicates, not channels).
     */
    private Guest profileFor(GuestDetails details, Instant now) {
        return guests.findSamePerson(details.firstName(), details.lastName(), details.email())
                .map(existing -> {
                    existing.updateContacts(details.email(), details.phone());
                    return existing;
                })
                .orElseGet(() -> newProfile(details, now));
    }

    private Guest newProfile(GuestDetails details, Instant now) {
        Guest created = new Guest(details.firstName(), details.lastName(), details.email(), details.phone(), now);
        guests.store(created);
        return created;
    }

    private static boolean isDesk(String channel) {
        return DESK_PHONE.equals(channel) || DESK_WALK_IN.equals(channel);
    }

    private static String code(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public ReservationView find(String confirmationNumber, String viewerChannel) {
        return Views.reservation(load(confirmationNumber, viewerChannel), calendar.businessDate());
    }

    @Override
    public ReservationView cancel(String confirmationNumber, String viewerChannel) {
        Reservation reservation = loadForUpdate(confirmationNumber, viewerChannel);
        reservation.cancel(calendar.businessDate(), calendar.now());
        inventory.release(reservation.roomType(), reservation.stay());
        LOG.info(() -> "Cancelled " + reservation.confirmationNumber());
        return Views.reservation(reservation, calendar.businessDate());
    }

    @Override
    public List<ReservationSummary> search(String text, LocalDate from, LocalDate to, int limit) {
        List<Reservation> found = reservations.search(text, from, to, limit);
        return Views.summaries(found, folios.balances(found.stream().map(Reservation::id).toList()));
    }

    /** A channel asking for another channel's reservation is told it does not exist. */
    private Reservation load(String confirmationNumber, String viewerChannel) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return reservations.find(number)
                .filter(r -> r.isVisibleTo(viewerChannel))
                .orElseThrow(() -> new NotFoundException("Reservation", number.value()));
    }

    /** The same, with the reservation row locked until the transaction ends. */
    private Reservation loadForUpdate(String confirmationNumber, String viewerChannel) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        return reservations.findForUpdate(number)
                .filter(r -> r.isVisibleTo(viewerChannel))
                .orElseThrow(() -> new NotFoundException("Reservation", number.value()));
    }
}
