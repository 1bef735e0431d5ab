package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
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
        if (stay.arrival().isBefore(calendar.businessDate())) {
            throw new InvalidValueException("arrival", "arrival " + stay.arrival() + " is in the past");
        }
        RoomType type = rooms.roomType(code(request.roomType()))
                .orElseThrow(() -> new InvalidValueException("roomType", "unknown room type " + request.roomType()));
        RatePlan plan = rates.ratePlan(code(request.ratePlan()))
                .orElseThrow(() -> new InvalidValueException("ratePlan", "unknown rate plan " + request.ratePlan()));
        if (!type.sleeps(request.adults())) {
            throw new InvalidValueException("adults", type.name() + " sleeps at most " + type.maxOccupancy()
                    + " adults, not " + request.adults());
        }
        NightlyPrices prices = rates.pricesFor(plan, type, stay);
        if (!prices.complete()) {
            throw new NoAvailabilityException(type.code(), type.name() + " is not sold at rate " + plan.code()
                    + " on the night of " + prices.firstUnpricedNight());
        }
        inventory.reserve(type, stay);

        Instant now = calendar.now();
        Guest guest = profileFor(request.guest(), now);
        Reservation reservation = Reservation.confirm(ConfirmationNumber.next(), guest, type, plan, stay,
                request.adults(), prices.byNight(), channel, request.source(), now);
        reservations.store(reservation);
        LOG.info(() -> "Booked " + reservation.confirmationNumber() + " " + type.code() + " " + stay
                + " via " + channel);
        return Views.reservation(reservation);
    }

    /** One profile per person: a returning guest (same e-mail and last name) keeps their history. */
    private Guest profileFor(GuestDetails details, Instant now) {
        return guests.findByEmailAndLastName(details.email(), details.lastName())
                .map(existing -> {
                    existing.updateContacts(details.email(), details.phone());
                    return existing;
                })
                .orElseGet(() -> {
                    Guest created = new Guest(details.firstName(), details.lastName(), details.email(),
                            details.phone(), now);
                    guests.store(created);
                    return created;
                });
    }

    private static String code(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public ReservationView find(String confirmationNumber, String viewerChannel) {
        return Views.reservation(load(confirmationNumber, viewerChannel));
    }

    @Override
    public ReservationView cancel(String confirmationNumber, String viewerChannel) {
        Reservation reservation = load(confirmationNumber, viewerChannel);
        reservation.cancel(calendar.now());
        inventory.release(reservation.roomType(), reservation.stay());
        LOG.info(() -> "Cancelled " + reservation.confirmationNumber());
        return Views.reservation(reservation);
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
}
