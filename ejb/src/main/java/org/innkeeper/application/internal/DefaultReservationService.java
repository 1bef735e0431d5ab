package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CancellationQuoteView;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GroupBookingView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.ModificationQuoteView;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.NotificationView;
import org.innkeeper.application.dto.ReservationChangesView;
import org.innkeeper.application.dto.ReservationCriteria;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomRequest;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.GuestRepository;
import org.innkeeper.domain.guest.ProfileMatching;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.notification.GuestNotification;
import org.innkeeper.domain.notification.NotificationRepository;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.SaleRefusal;
import org.innkeeper.domain.rate.SaleRefusedException;
import org.innkeeper.domain.reservation.ChangeCursor;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.GuestAsBooked;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.Party;
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
    NotificationRepository notifications;
    @Inject
    org.innkeeper.domain.room.RoomNightRepository roomNights;
    @Inject
    org.innkeeper.application.Actor actor;
    @Inject
    HotelCalendar calendar;
    @Inject
    ReferenceData setup;
    @Inject
    Event<RoomsFreed> roomsFreed;
    @Inject
    Accounts accounts;
    @Inject
    BookingConfirmations confirmations;
    @jakarta.ejb.EJB
    ChangeStamper stamper;

    /** A stay to sell: its room type, plan, dates and party, checked and priced. */
    private record Sale(RoomType type, RatePlan plan, StayPeriod stay, Party party,
                        org.innkeeper.domain.rate.StayQuote quote) {
    }

    @Override
    public ReservationView book(BookingRequest request, String channel) {
        // The hotel as held in memory (its business date, taxes, settings; only read here): a channel's every
        // booking read and hydrated it again, and flushed it to see that nothing changed.
        Today today = calendar.today(setup.current().requireHotel());
        StayPeriod stay = new StayPeriod(request.arrival(), request.departure());
        today.hotel().requireBookable(stay, today.businessDate());
        Party party = Party.of(request.adults(), request.children());
        RoomType type = roomType(request.roomType(), "roomType");
        RatePlan plan = ratePlan(request.ratePlan(), "ratePlan");
        boolean waitlist = Boolean.TRUE.equals(request.waitlist());
        GuestAsBooked asBooked = asBooked(request.guest());
        Guest guest = guestFor(request.guest(), channel, today.instant());
        Reservation.Terms terms = new Reservation.Terms(request.optionUntil(), request.cardLast4(),
                today.hotel().settings().optionMaxHold());
        if (waitlist && request.optionUntil() != null) {
            throw new InvalidValueException("waitlist", "a request is either an option or for the waitlist, not both");
        }
        if (waitlist && inventory.roomsLeft(stay).getOrDefault(type.id(), 0) < 1) {
            Sale sale = priced(type, plan, stay, party, today, false);
            Reservation waiting = Reservation.waitlist(ConfirmationNumber.next(), guest, type, plan, stay, party,
                    sale.quote(), channel, request.source(), today.instant());
            waiting.bookedFor(asBooked);
            reservations.store(waiting);
            LOG.info(() -> "Waitlisted " + waiting.confirmationNumber() + " " + type.code() + " " + stay + " via " + channel);
            return Views.reservation(waiting, today);
        }
        Sale sale = priced(type, plan, stay, party, today, true);
        // The reservation checks its own rules (occupancy, guarantee, option) before any room is taken.
        Reservation reservation = Reservation.book(ConfirmationNumber.next(), guest, type, plan, stay, party,
                sale.quote(), terms, channel, request.source(), today.instant());
        reservation.bookedFor(asBooked);
        inventory.reserve(type, stay, 1);
        reservations.store(reservation);
        LOG.info(() -> "Booked " + reservation.confirmationNumber() + " " + type.code() + " " + stay + " "
                + reservation.status() + " via " + channel);
        ReservationView booked = Views.reservation(reservation, today);
        confirm(List.of(booked), null, channel, today);
        return booked;
    }

    @Override
    public GroupBookingView bookGroup(GroupBookingRequest request, String channel) {
        Today today = calendar.today();
        StayPeriod stay = new StayPeriod(request.arrival(), request.departure());
        today.hotel().requireBookable(stay, today.businessDate());
        GuestAsBooked asBooked = asBooked(request.guest());
        Guest guest = guestFor(request.guest(), channel, today.instant());
        Reservation.Terms terms = new Reservation.Terms(request.optionUntil(), request.cardLast4(),
                today.hotel().settings().optionMaxHold());
        String reference = ConfirmationNumber.next().value();
        List<Reservation> booked = new ArrayList<>();
        Map<RoomType, Integer> roomsPerType = new TreeMap<>(Comparator.comparing(RoomType::id));
        for (int i = 0; i < request.rooms().size(); i++) {
            RoomRequest room = request.rooms().get(i);
            String field = "rooms[" + i + "].";
            Sale sale;
            try {
                sale = priced(roomType(room.roomType(), field + "roomType"), ratePlan(room.ratePlan(), field + "ratePlan"),
                        stay, Party.of(room.adults(), room.children()), today, true);
            } catch (InvalidValueException e) {
                throw new InvalidValueException(e.field() != null && e.field().startsWith("rooms[") ? e.field()
                        : field + e.field(), e.getMessage());
            }
            Reservation r = Reservation.book(ConfirmationNumber.next(), guest, sale.type(), sale.plan(), stay,
                    sale.party(), sale.quote(), terms, channel, request.source(), today.instant());
            r.belongTo(reference);
            r.bookedFor(asBooked);
            booked.add(r);
            roomsPerType.merge(sale.type(), 1, Integer::sum);
        }
        // All or none: one conditional update per room type, in a fixed order; any refusal rolls all back.
        roomsPerType.forEach((type, count) -> inventory.reserve(type, stay, count));
        booked.forEach(reservations::store);
        LOG.info(() -> "Booked " + booked.size() + " rooms as " + reference + " " + stay + " via " + channel);
        GroupBookingView view = group(reference, booked, today);
        confirm(view.reservations(), reference, channel, today);
        return view;
    }

    /** The guest is e-mailed what was booked (a walk-in, at the desk already, is not). */
    private void confirm(List<ReservationView> booked, String reference, String channel, Today today) {
        if (!DESK_WALK_IN.equals(channel)) {
            confirmations.confirm(booked, reference, today.hotel().name(), today.hotel().timeZone());
        }
    }

    private static GroupBookingView group(String reference, List<Reservation> list, Today today) {
        Money total = list.stream().map(Reservation::total).reduce(Money::plus).orElseThrow();
        return new GroupBookingView(reference, list.stream().map(r -> Views.reservation(r, today)).toList(),
                total.amount(), total.currency());
    }

    @Override
    public GroupBookingView findGroup(String reference, String viewerChannel) {
        String ref = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        List<Reservation> found = reservations.findByBookingReference(ref).stream()
                .filter(r -> r.isVisibleTo(viewerChannel)).toList();
        if (found.isEmpty()) {
            throw new NotFoundException("Booking", ref);
        }
        return group(ref, found, calendar.today());
    }

    /**
     * Checks the sale and prices it under the one rule of {@link SalesWindow#evaluate}; rooms left
     * are not looked at here (the conditional update decides), unless {@code requireSellable} is
     * false, when only the price is wanted (a waitlist request).
     */
    private Sale priced(RoomType type, RatePlan plan, StayPeriod stay, Party party, Today today, boolean requireSellable) {
        SalesWindow.Evaluation e = SalesWindow.evaluate(type, plan, stay, party,
                rates.pricesFor(plan, type, stay).byNight(), rates.restrictionsFor(plan, type, stay),
                today.hotel().taxes(), -1);
        if (!type.sleeps(party)) {
            throw new InvalidValueException(party.children() > 0 ? "children" : "adults", e.refusals().get(0).message());
        }
        if (e.quote() == null || (requireSellable && !e.refusals().isEmpty())) {
            List<SaleRefusal> refusals = e.refusals();
            if (refusals.stream().allMatch(r -> r.code().equals("not-on-sale"))) {
                throw new NoAvailabilityException(type.code(), refusals.get(0).message());
            }
            throw new SaleRefusedException(refusals);
        }
        return new Sale(type, plan, stay, party, e.quote());
    }

    private Guest guestFor(GuestDetails details, String channel, Instant now) {
        return isDesk(channel) ? profileFor(details, now) : channelProfileFor(details, now);
    }

    /**
     * At the desk, one profile per person: a returning guest (the same e-mail, or the same name and
     * phone) keeps their history, and the contacts they give now.
     */
    private Guest profileFor(GuestDetails details, Instant now) {
        return new ProfileMatching(guests)
                .atDesk(details.firstName(), details.lastName(), details.email(), details.phone())
                .map(existing -> {
                    existing.updateContacts(details.email(), details.phone());
                    return existing;
                })
                .orElseGet(() -> newProfile(details, now));
    }

    /**
     * From a channel, the profile with exactly the same e-mail, else a new one. The channel changes
     * nothing on a profile it attaches to, and is shown only the guest as it sent them (the
     * reservation keeps them apart from the profile): it never reads the desk's or other channels' guests.
     */
    private Guest channelProfileFor(GuestDetails details, Instant now) {
        return new ProfileMatching(guests).fromChannel(details.email()).orElseGet(() -> newProfile(details, now));
    }

    private Guest newProfile(GuestDetails details, Instant now) {
        Guest created = new Guest(details.firstName(), details.lastName(), details.email(), details.phone(), now);
        guests.store(created);
        return created;
    }

    private static GuestAsBooked asBooked(GuestDetails details) {
        return new GuestAsBooked(details.firstName(), details.lastName(), details.email(), details.phone());
    }

    private static boolean isDesk(String channel) {
        return DESK_PHONE.equals(channel) || DESK_WALK_IN.equals(channel);
    }

    private RoomType roomType(String text, String field) {
        return rooms.roomType(code(text))
                .orElseThrow(() -> new InvalidValueException(field, "unknown room type " + text));
    }

    private RatePlan ratePlan(String text, String field) {
        return rates.ratePlan(code(text))
                .orElseThrow(() -> new InvalidValueException(field, "unknown rate plan " + text));
    }

    private static String code(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public ReservationView find(String confirmationNumber, String viewerChannel) {
        return Views.reservation(load(confirmationNumber, viewerChannel), calendar.today());
    }

    /** What a change asks for: the new stay, room type and party (what it leaves out stays as booked). */
    private record Target(StayPeriod stay, RoomType type, Party party) {
    }

    private Target target(Reservation r, ModificationRequest change, Today today) {
        r.requireModifiable(today.businessDate());
        StayPeriod oldStay = r.stay();
        StayPeriod newStay = new StayPeriod(change.arrival() == null ? oldStay.arrival() : change.arrival(),
                change.departure() == null ? oldStay.departure() : change.departure());
        if (!newStay.equals(oldStay)) {
            today.hotel().requireBookable(newStay, today.businessDate());
        }
        RoomType newType = change.roomType() == null || change.roomType().isBlank() ? r.roomType()
                : roomType(change.roomType(), "roomType");
        Party party = new Party(change.adults() == null ? r.adults() : change.adults(),
                change.children() == null ? r.children() : change.children());
        return new Target(newStay, newType, party);
    }

    @Override
    public ModificationQuoteView quoteModification(String confirmationNumber, ModificationRequest change,
                                                   String viewerChannel) {
        Today today = calendar.today();
        Reservation r = load(confirmationNumber, viewerChannel);
        Target t = target(r, change, today);
        boolean held = r.status().holdsInventory();
        StayPeriod oldStay = r.stay();
        LocalDate from = oldStay.arrival().isBefore(t.stay().arrival()) ? oldStay.arrival() : t.stay().arrival();
        LocalDate to = oldStay.departure().isAfter(t.stay().departure()) ? oldStay.departure() : t.stay().departure();
        SalesWindow window = SalesWindow.load(inventory, rates, today.hotel().taxes(), from, to);
        if (held) {
            window.givingBack(r.roomType(), oldStay);
        }
        SalesWindow.Evaluation e = window.evaluate(t.type(), r.ratePlan(), t.stay(), t.party());
        // The same rule as modify: a held stay must sell; a waitlisted one only needs a price.
        boolean available = held ? e.bookable() : e.quote() != null;
        Money now = r.total();
        return new ModificationQuoteView(r.confirmationNumber().value(), available, t.type().code(),
                t.stay().arrival(), t.stay().departure(), t.party().adults(), t.party().children(),
                e.quote() == null ? null : Views.offer(t.type(), r.ratePlan(), e, today, t.stay()),
                available ? List.of() : Views.reasons(e.refusals()), now.amount(),
                e.quote() == null ? null : e.quote().total().amount().subtract(now.amount()), now.currency());
    }

    @Override
    public ReservationView modify(String confirmationNumber, ModificationRequest change, String viewerChannel) {
        Today today = calendar.today();
        Reservation r = loadForUpdate(confirmationNumber, viewerChannel);
        Target t = target(r, change, today);
        StayPeriod oldStay = r.stay();
        RoomType oldType = r.roomType();
        StayPeriod newStay = t.stay();
        RoomType newType = t.type();
        Party party = t.party();
        boolean held = r.status().holdsInventory();
        Sale sale = priced(newType, r.ratePlan(), newStay, party, today, held);
        if (r.room() != null && (!newStay.equals(oldStay) || !newType.code().equals(oldType.code()))) {
            // new dates or another type: the room given ahead of arrival is given back; assign again
            r.unassignRoom(today.businessDate(), actor.name(), today.instant());
            roomNights.releaseStay(r.id(), oldStay.arrival());
        }
        if (held) {
            // Lock every row either stay touches in one ordered statement, then move the rooms:
            // all or nothing, and no deadlock with a change running the other way.
            LocalDate from = oldStay.arrival().isBefore(newStay.arrival()) ? oldStay.arrival() : newStay.arrival();
            LocalDate to = oldStay.departure().isAfter(newStay.departure()) ? oldStay.departure() : newStay.departure();
            inventory.lock(List.of(oldType, newType), from, to);
            inventory.release(oldType, oldStay, 1);
            inventory.reserve(newType, newStay, 1);
        }
        r.modify(newType, newStay, party, sale.quote(), today.businessDate(), today.instant());
        if (held) {
            roomsFreed.fire(new RoomsFreed(oldType.id(), oldStay.arrival(), oldStay.departure()));
        }
        LOG.info(() -> "Modified " + r.confirmationNumber() + " from " + oldType.code() + " " + oldStay + " to "
                + newType.code() + " " + newStay + " " + party);
        return Views.reservation(r, today);
    }

    @Override
    public CancellationQuoteView cancellationQuote(String confirmationNumber, String viewerChannel) {
        Today today = calendar.today();
        Reservation r = load(confirmationNumber, viewerChannel);
        if (!r.canBeCancelled(today.businessDate())) {
            throw new org.innkeeper.domain.shared.StateConflictException("invalid-state", "reservation "
                    + r.confirmationNumber() + " can't be cancelled: it is "
                    + r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        Instant arrival = today.hotel().arrivalMoment(r.stay().arrival());
        Money fee = r.cancellationFee(today.instant(), arrival);
        return new CancellationQuoteView(r.confirmationNumber().value(), fee.amount(), fee.currency(),
                r.policies().freeCancellationUntil(arrival), r.policies().summary());
    }

    @Override
    public ReservationView cancel(String confirmationNumber, String viewerChannel) {
        Today today = calendar.today();
        Reservation reservation = loadForUpdate(confirmationNumber, viewerChannel);
        boolean held = reservation.status().holdsInventory();
        Money fee = reservation.cancel(today.businessDate(), today.instant(),
                today.hotel().arrivalMoment(reservation.stay().arrival()));
        if (held) {
            inventory.release(reservation.roomType(), reservation.stay(), 1);
            roomNights.releaseStay(reservation.id(), reservation.stay().arrival());
            roomsFreed.fire(new RoomsFreed(reservation.roomType().id(), reservation.stay().arrival(),
                    reservation.stay().departure()));
        }
        accounts.chargeFee(reservation, org.innkeeper.domain.folio.Article.CANCELLATION, fee,
                today.hotel().taxes().vatPercent(), new org.innkeeper.domain.folio.Stamp(today.businessDate(), today.instant(), actor.name()));
        LOG.info(() -> "Cancelled " + reservation.confirmationNumber() + " with a fee of " + fee);
        return Views.reservation(reservation, today);
    }

    @Override
    public ReservationView markNoShow(String confirmationNumber) {
        return noShow(confirmationNumber, true);
    }

    @Override
    public ReservationView markNoShowClosingDay(String confirmationNumber) {
        return noShow(confirmationNumber, false);
    }

    private ReservationView noShow(String confirmationNumber, boolean atTheDesk) {
        Today today = calendar.today();
        Reservation reservation = loadForUpdate(confirmationNumber, null);
        boolean held = reservation.status().holdsInventory();
        Money fee = reservation.markNoShow(today.businessDate(), today.instant(),
                atTheDesk ? today.hotel().noShowMoment(reservation.stay().arrival()) : null);
        StayPeriod stay = reservation.stay();
        if (held && today.businessDate().isBefore(stay.departure())) {
            // tonight and later can be sold again; nights already past stay as they were
            StayPeriod toCome = new StayPeriod(stay.arrival().isAfter(today.businessDate()) ? stay.arrival()
                    : today.businessDate(), stay.departure());
            inventory.release(reservation.roomType(), toCome, 1);
            roomNights.releaseStay(reservation.id(), stay.arrival());
            roomsFreed.fire(new RoomsFreed(reservation.roomType().id(), toCome.arrival(), toCome.departure()));
        }
        accounts.chargeFee(reservation, org.innkeeper.domain.folio.Article.NO_SHOW, fee,
                today.hotel().taxes().vatPercent(), new org.innkeeper.domain.folio.Stamp(today.businessDate(), today.instant(), actor.name()));
        LOG.info(() -> "No-show " + reservation.confirmationNumber() + " with a fee of " + fee);
        return Views.reservation(reservation, today);
    }

    @Override
    public ReservationView confirmOption(String confirmationNumber, String cardLast4, String viewerChannel) {
        Today today = calendar.today();
        Reservation r = loadForUpdate(confirmationNumber, viewerChannel);
        r.confirmOption(blankToNull(cardLast4), today.instant());
        return Views.reservation(r, today);
    }

    @Override
    public ReservationView guarantee(String confirmationNumber, String cardLast4, String viewerChannel) {
        Today today = calendar.today();
        Reservation r = loadForUpdate(confirmationNumber, viewerChannel);
        r.guarantee(blankToNull(cardLast4), today.instant());
        return Views.reservation(r, today);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public List<ReservationView> modifiedSince(String channel, Instant since, String after, int limit) {
        Today today = calendar.today();
        long afterId = 0;
        if (after != null && !after.isBlank()) {
            afterId = reservations.find(ConfirmationNumber.parse(after))
                    .filter(r -> r.isVisibleTo(channel))
                    .orElseThrow(() -> new InvalidValueException("after", "not one of this channel's reservations"))
                    .id();
        }
        return reservations.modifiedSince(channel, since, afterId, limit).stream()
                .map(r -> Views.reservation(r, today)).toList();
    }

    @Override
    public ReservationChangesView changes(String channel, String cursor, int limit) {
        ChangeCursor from = ChangeCursor.parse(cursor);
        stamper.stampCommitted(); // what has committed by now is numbered before it is read
        Today today = calendar.today();
        int page = Math.max(1, Math.min(limit, 500));
        List<Reservation> changed = reservations.changedAfter(channel, from.sequence(), page);
        ChangeCursor next = changed.isEmpty() ? from
                : new ChangeCursor(changed.get(changed.size() - 1).changeSequence());
        return new ReservationChangesView(changed.stream().map(r -> Views.reservation(r, today)).toList(),
                next.value(), changed.size() == page);
    }

    @Override
    public List<ReservationSummary> search(String text, LocalDate from, LocalDate to, int limit) {
        return search(new ReservationCriteria(text, from, to, null, null), limit);
    }

    @Override
    public List<ReservationSummary> search(ReservationCriteria criteria, int limit) {
        ReservationStatus status = null;
        if (criteria.status() != null && !criteria.status().isBlank()) {
            try {
                status = ReservationStatus.valueOf(criteria.status().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("status", "unknown status " + criteria.status());
            }
        }
        List<Reservation> found = reservations.search(criteria.text(), criteria.from(), criteria.to(), status,
                criteria.channel(), limit);
        return Views.summaries(found, folios.balances(found.stream().map(Reservation::id).toList()));
    }

    @Override
    public List<ReservationSummary> waitlist() {
        List<Reservation> found = reservations.waitlisted();
        return Views.summaries(found, Map.of());
    }

    @Override
    public List<NotificationView> notifications(int limit) {
        return notifications.latest(limit).stream().map(Views::notification).toList();
    }

    @Override
    public int expireOptions() {
        Today today = calendar.today();
        Map<Long, StayPeriod> freed = new LinkedHashMap<>();
        int expired = 0;
        for (Long id : reservations.optionsExpiredBy(today.instant())) {
            Reservation r = reservations.findForUpdate(id).orElse(null);
            if (r == null || !r.optionExpired(today.instant())) {
                continue; // taken up or cancelled meanwhile
            }
            r.expireOption(today.instant());
            inventory.release(r.roomType(), r.stay(), 1);
            roomNights.releaseStay(r.id(), r.stay().arrival());
            notifications.store(new GuestNotification(r, GuestNotification.Kind.OPTION_EXPIRED, "The option on "
                    + r.roomType().name() + " from " + r.stay().arrival() + " to " + r.stay().departure()
                    + " (reservation " + r.confirmationNumber() + ") has lapsed and the room was released.",
                    today.instant()));
            roomsFreed.fire(new RoomsFreed(r.roomType().id(), r.stay().arrival(), r.stay().departure()));
            expired++;
            LOG.info(() -> "Option " + r.confirmationNumber() + " lapsed; room released");
        }
        return expired;
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
