package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.application.dto.ArrivalFilter;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.AssignRoomRequest;
import org.innkeeper.application.dto.AutoAssignView;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.CompanionRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.reservation.IdentityDocument;
import org.innkeeper.domain.reservation.PersonalData;
import org.innkeeper.domain.reservation.Registration;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomBlock;
import org.innkeeper.domain.room.RoomBlockKind;
import org.innkeeper.domain.room.RoomChooser;
import org.innkeeper.domain.room.RoomNightRepository;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultArrivalService implements ArrivalService {

    private static final Logger LOG = Logger.getLogger(DefaultArrivalService.class.getName());

    @Inject
    ReservationRepository reservations;
    @Inject
    RoomRepository rooms;
    @Inject
    RoomNightRepository roomNights;
    @Inject
    FolioRepository folios;
    @Inject
    HotelCalendar calendar;
    @Inject
    Accounts accounts;
    @Inject
    Rooming rooming;
    @Inject
    Actor actor;
    @EJB
    RoomAssigner assigner;
    @EJB
    org.innkeeper.application.ReservationService bookings;
    @Inject
    org.innkeeper.domain.reservation.RoomMoveRepository moves;
    @Inject
    org.innkeeper.infrastructure.document.RegistrationCardPdf cards;
    @Inject
    org.innkeeper.domain.guest.GuestRepository guests;

    @Override
    public List<ReservationSummary> arrivals(LocalDate date) {
        List<Reservation> list = reservations.arrivingOn(date == null ? calendar.businessDate() : date);
        return Views.summaries(list, folios.balances(list.stream().map(Reservation::id).toList()));
    }

    @Override
    public List<ArrivalView> board(ArrivalFilter filter) {
        LocalDate date = filter.date() == null ? calendar.businessDate() : filter.date();
        List<Reservation> due = reservations.arrivingOn(date);
        Map<Long, Long> stays = reservations.pastStays(due.stream().map(r -> r.guest().id()).distinct().toList());
        Map<Long, Integer> queue = StayViews.queuePositions(due);
        return due.stream()
                .map(r -> StayViews.arrival(r, stays.getOrDefault(r.guest().id(), 0L), queue.get(r.id())))
                .filter(a -> matches(a, filter))
                .sorted(Comparator.comparing((ArrivalView a) -> a.queuePosition() == null ? Integer.MAX_VALUE : a.queuePosition())
                        .thenComparing(a -> -a.vipLevel())
                        .thenComparing(a -> a.eta() == null ? LocalTime.MAX : a.eta())
                        .thenComparing(ArrivalView::guestName))
                .toList();
    }

    private static boolean matches(ArrivalView a, ArrivalFilter f) {
        if (f.roomType() != null && !f.roomType().isBlank() && !f.roomType().equalsIgnoreCase(a.roomType())) {
            return false;
        }
        if (f.vip() != null && f.vip() != (a.vipLevel() > 0 || !"NONE".equals(a.loyaltyTier()))) {
            return false;
        }
        if (f.ready() != null && f.ready() != a.ready()) {
            return false;
        }
        if (f.assigned() != null && f.assigned() != (a.roomNumber() != null)) {
            return false;
        }
        if (f.guarantee() != null && !f.guarantee().isBlank() && !f.guarantee().equalsIgnoreCase(a.guarantee())) {
            return false;
        }
        if (f.waiting() != null && f.waiting() != (a.queuePosition() != null)) {
            return false;
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().strip().toLowerCase(Locale.ROOT);
            return a.guestName().toLowerCase(Locale.ROOT).contains(t)
                    || a.confirmationNumber().toLowerCase(Locale.ROOT).contains(t);
        }
        return true;
    }

    @Override
    public List<RoomView> assignableRooms(String confirmationNumber, boolean otherTypes) {
        LocalDate today = calendar.businessDate();
        Reservation r = reservations.get(confirmationNumber);
        LocalDate from = r.stay().arrival().isAfter(today) ? r.stay().arrival() : today;
        Set<Long> held = roomNights.roomsHeld(from, r.stay().departure());
        boolean now = !r.stay().arrival().isAfter(today);
        Set<Long> outOfService = outOfServiceOn(from);
        return rooms.rooms().stream()
                .filter(room -> otherTypes ? room.roomType().sleeps(r.party()) : !r.changesType(room))
                .filter(room -> !held.contains(room.id()))
                .filter(room -> !now || room.isAssignable())
                .sorted(Comparator.comparing((Room room) -> r.changesType(room))
                        .thenComparing(room -> -RoomChooser.score(room, r.guest(), outOfService, List.of()))
                        .thenComparing(Room::number))
                .map(StayViews::room)
                .toList();
    }

    private Set<Long> outOfServiceOn(LocalDate night) {
        Set<Long> ids = new HashSet<>();
        for (RoomBlock b : rooms.blocksFrom(night)) {
            if (b.kind() == RoomBlockKind.OUT_OF_SERVICE && b.covers(night)) {
                ids.add(b.room().id());
            }
        }
        return ids;
    }

    @Override
    public StayView assignRoom(String confirmationNumber, AssignRoomRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        Room room = rooming.roomForUpdate(request.roomNumber());
        give(r, room, request.rate(), today);
        LOG.info(() -> "Assigned room " + room.number() + " to " + r.confirmationNumber() + " by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }

    /** Gives the room for the nights from today (or the arrival) on; see {@link Rooming}. */
    private void give(Reservation r, Room room, String rate, Today today) {
        if (!r.status().isUpcoming()) {
            r.assignRoom(room, null, today.businessDate(), actor.name(), today.instant()); // refuses with the reason
        }
        LocalDate from = r.stay().arrival().isAfter(today.businessDate()) ? r.stay().arrival() : today.businessDate();
        StayQuote quote = rooming.changeType(r, room, rate, r.stay().arrival(), today);
        rooming.claim(room, r, from);
        r.assignRoom(room, quote, today.businessDate(), actor.name(), today.instant());
    }

    @Override
    public StayView unassignRoom(String confirmationNumber) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        r.unassignRoom(today.businessDate(), actor.name(), today.instant());
        roomNights.releaseStay(r.id(), r.stay().arrival());
        return StayViews.stay(r, today.businessDate());
    }

    @Override
    public AutoAssignView autoAssign(LocalDate date) {
        long started = System.nanoTime();
        LocalDate day = date == null ? calendar.businessDate() : date;
        if (day.isBefore(calendar.businessDate())) {
            throw new InvalidValueException("date", "rooms are assigned from today (" + calendar.businessDate() + ") on");
        }
        List<Reservation> due = reservations.arrivingOn(day).stream().filter(r -> r.room() == null)
                // VIPs and loyalty members choose first, then whole bookings together, then by ETA
                .sorted(Comparator.comparing((Reservation r) -> -r.guest().vipLevel())
                        .thenComparing(r -> -r.guest().loyaltyTier().ordinal())
                        .thenComparing(r -> r.bookingReference() == null ? "~" : r.bookingReference())
                        .thenComparing(r -> r.eta() == null ? LocalTime.MAX : r.eta())
                        .thenComparing(Reservation::id))
                .toList();
        List<AutoAssignView.Line> assigned = new ArrayList<>();
        List<AutoAssignView.Line> notAssigned = new ArrayList<>();
        if (due.isEmpty()) {
            return new AutoAssignView(day, assigned, notAssigned, (System.nanoTime() - started) / 1_000_000);
        }
        LocalDate until = due.stream().map(r -> r.stay().departure()).max(LocalDate::compareTo).orElseThrow();
        // Which rooms are held on which night, read once; each assignment is then claimed in the
        // database, which has the last word if someone else took the room meanwhile.
        Map<Long, Set<LocalDate>> held = new HashMap<>();
        roomNights.held(day, until).forEach(h -> held.computeIfAbsent(h.roomId(), k -> new HashSet<>()).add(h.night()));
        List<Room> all = rooms.rooms();
        Set<Long> outOfService = outOfServiceOn(day);
        Map<String, List<Room>> byBooking = new HashMap<>();
        Map<String, Integer> partySizes = new HashMap<>();
        due.stream().filter(r -> r.bookingReference() != null)
                .forEach(r -> partySizes.merge(r.bookingReference(), 1, Integer::sum));
        for (Reservation r : due) {
            List<Room> party = r.bookingReference() == null ? List.of()
                    : byBooking.computeIfAbsent(r.bookingReference(), k -> new ArrayList<>());
            List<Room> free = new ArrayList<>(all.stream()
                    .filter(room -> !r.changesType(room))
                    .filter(room -> isFree(held.get(room.id()), r))
                    .toList());
            String refusal = null;
            Room chosen = null;
            while (chosen == null && !free.isEmpty()) {
                Room candidate = RoomChooser.choose(r.guest(), free, outOfService, party,
                        partySizes.getOrDefault(r.bookingReference(), 1)).orElseThrow();
                refusal = assigner.give(r.id(), candidate.id());
                if (refusal == null) {
                    chosen = candidate;
                } else {
                    free.remove(candidate);
                }
            }
            if (chosen == null) {
                notAssigned.add(new AutoAssignView.Line(r.confirmationNumber().value(), r.guestName(),
                        r.roomType().code(), null, refusal != null ? refusal
                        : "no " + r.roomType().code() + " room is free for every night of the stay"));
                continue;
            }
            for (LocalDate n = r.stay().arrival(); n.isBefore(r.stay().departure()); n = n.plusDays(1)) {
                held.computeIfAbsent(chosen.id(), k -> new HashSet<>()).add(n);
            }
            if (r.bookingReference() != null) {
                byBooking.get(r.bookingReference()).add(chosen);
            }
            assigned.add(new AutoAssignView.Line(r.confirmationNumber().value(), r.guestName(),
                    r.roomType().code(), chosen.number(), null));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Auto-assigned " + assigned.size() + " of " + due.size() + " arrivals of " + day + " in " + millis
                + " ms by " + actor.name());
        return new AutoAssignView(day, assigned, notAssigned, millis);
    }

    private static boolean isFree(Set<LocalDate> heldNights, Reservation r) {
        if (heldNights == null) {
            return true;
        }
        for (LocalDate n = r.stay().arrival(); n.isBefore(r.stay().departure()); n = n.plusDays(1)) {
            if (heldNights.contains(n)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public StayView queue(String confirmationNumber) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        r.queue(today.businessDate(), actor.name(), today.instant());
        return StayViews.stay(r, today.businessDate());
    }

    @Override
    public StayView stay(String confirmationNumber) {
        return StayViews.stay(reservations.get(confirmationNumber), calendar.businessDate());
    }

    @Override
    public StayView checkIn(String confirmationNumber, CheckInRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        if (!r.canCheckIn(today.businessDate())) {
            r.checkIn(registration(request, today), today.businessDate(), false, actor.name(), today.instant());
        }
        String wanted = request.roomNumber() == null || request.roomNumber().isBlank() ? null
                : request.roomNumber().trim().toUpperCase(Locale.ROOT);
        if (wanted == null && r.room() == null) {
            throw new InvalidValueException("roomNumber", "give the guest a room: no room is assigned yet");
        }
        if (wanted != null && (r.room() == null || !r.room().number().equals(wanted))) {
            give(r, rooming.roomForUpdate(wanted), request.rate(), today);
        } else {
            rooms.roomForUpdate(r.room().number()); // lock it: two clerks can't both move a guest in
        }
        boolean early = today.businessDate().equals(r.stay().arrival())
                && LocalTime.ofInstant(today.instant(), today.hotel().timeZone()).getHour() < today.hotel().checkInHour();
        r.checkIn(registration(request, today), today.businessDate(), early, actor.name(), today.instant());
        // The same document as a profile registered before: the same person, whatever the booking said.
        new org.innkeeper.domain.guest.ProfileMatching(guests)
                .byDocument(r.identityDocument().type().name(), r.identityDocument().number())
                .filter(known -> !known.id().equals(r.guest().id()))
                .ifPresent(r::attachTo);
        r.guest().registered(r.identityDocument().type().name(), r.identityDocument().number(), r.nationality(),
                r.birthDate());

        // Room nights are posted night by night by the audit; the check-in posts an early arrival's fee,
        // at the catalogue's price unless the clerk gives another (0: free).
        if (early) {
            org.innkeeper.domain.folio.Article article = accounts.article(org.innkeeper.domain.folio.Article.EARLY_CHECKIN);
            java.math.BigDecimal fee = request.earlyCheckInFee() != null ? request.earlyCheckInFee() : article.price();
            if (fee != null && fee.signum() > 0) {
                accounts.of(r).postCharge(article, article.name(), Money.of(fee, r.total().currency()),
                        new org.innkeeper.domain.folio.Stamp(today.businessDate(), today.instant(), actor.name()));
            }
        }
        LOG.info(() -> "Checked in " + r.confirmationNumber() + " to room " + r.room().number() + " by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }

    private static Registration registration(CheckInRequest request, Today today) {
        IdentityDocument document = IdentityDocument.of(request.documentType(), request.documentNumber());
        List<PersonalData> companions = new ArrayList<>();
        List<CompanionRequest> given = request.companions() == null ? List.of() : request.companions();
        for (int i = 0; i < given.size(); i++) {
            CompanionRequest c = given.get(i);
            IdentityDocument doc = c.documentNumber() == null || c.documentNumber().isBlank() ? null
                    : IdentityDocument.of(c.documentType(), c.documentNumber());
            companions.add(new PersonalData("companions[" + i + "]", c.firstName(), c.lastName(), doc,
                    c.nationality(), c.birthDate(), today.businessDate()));
        }
        Money deposit = request.deposit() == null ? null : Money.of(request.deposit(), today.hotel().currency());
        Reservation.DepositKind kind;
        try {
            kind = request.depositKind() == null || request.depositKind().isBlank() ? null
                    : Reservation.DepositKind.valueOf(request.depositKind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("depositKind", "DEPOSIT or PRE_AUTHORISATION");
        }
        return new Registration(document, request.nationality(), request.birthDate(), companions,
                request.keys() == null ? 1 : request.keys(), deposit, kind);
    }

    @Override
    public StayView walkIn(org.innkeeper.application.dto.WalkInRequest request) {
        LocalDate today = calendar.businessDate();
        String cn = bookings.book(new org.innkeeper.application.dto.BookingRequest(request.roomType(),
                request.ratePlan(), today, request.departure(), request.adults(), request.children(), request.guest(),
                "Walk-in", null, request.cardLast4(), null), org.innkeeper.application.ReservationService.DESK_WALK_IN)
                .confirmationNumber();
        CheckInRequest registration = request.registration();
        if (registration.roomNumber() == null || registration.roomNumber().isBlank()) {
            String best = assignableRooms(cn, false).stream().findFirst().map(RoomView::number)
                    .orElseThrow(() -> new StateConflictException("room-not-assignable", "registration.roomNumber",
                            "no " + request.roomType() + " room is ready now; the guest may wait in the queue"));
            registration = new CheckInRequest(best, registration.rate(), registration.documentType(),
                    registration.documentNumber(), registration.nationality(), registration.birthDate(),
                    registration.companions(), registration.keys(), registration.deposit(), registration.depositKind(),
                    registration.earlyCheckInFee());
        }
        return checkIn(cn, registration);
    }

    @Override
    public byte[] registrationCard(String confirmationNumber, String language) {
        Today today = calendar.today();
        Reservation r = reservations.get(confirmationNumber);
        if (r.checkedInAt() == null) {
            throw new StateConflictException("invalid-state", "reservation " + r.confirmationNumber()
                    + " is not checked in: the registration card is printed at check-in");
        }
        String lang = language != null && !language.isBlank() ? language.strip().toLowerCase(Locale.ROOT)
                : r.guest().language() != null ? r.guest().language() : "en";
        if (!lang.equals("en") && !lang.equals("ru")) {
            throw new InvalidValueException("language", "the registration card is printed in en or ru");
        }
        return cards.render(StayViews.registrationCard(r, today.hotel(), lang));
    }

    @Override
    public StayView undoCheckIn(String confirmationNumber, ReasonRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        Folio folio = folios.forReservation(r).orElse(null);
        if (folio != null) {
            // what the check-in posted goes back with it; anything else must be settled first
            folio.undoCheckIn(request.reason().strip(),
                    new org.innkeeper.domain.folio.Stamp(today.businessDate(), today.instant(), actor.name()));
        }
        if (!moves.scheduledFor(r).isEmpty()) {
            throw new StateConflictException("move-planned", "a room move is planned for this stay: cancel it before"
                    + " undoing the check-in");
        }
        r.undoCheckIn(request.reason(), today.businessDate(), actor.name(), today.instant());
        LOG.info(() -> "Check-in of " + r.confirmationNumber() + " undone by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }



    static StateConflictException notAssignable(String message) {
        return new StateConflictException("room-not-assignable", "roomNumber", message);
    }
}
