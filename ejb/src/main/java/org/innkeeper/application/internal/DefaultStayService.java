package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.StayService;
import org.innkeeper.application.dto.HousekeepingChange;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.RoomBlockRequest;
import org.innkeeper.application.dto.RoomBlockView;
import org.innkeeper.application.dto.RoomMoveRequest;
import org.innkeeper.application.dto.RoomRackView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayChangeRequest;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.folio.FolioRepository;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.HousekeepingStatus;
import org.innkeeper.domain.room.Occupancy;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomBlock;
import org.innkeeper.domain.room.RoomBlockKind;
import org.innkeeper.domain.room.RoomNightRepository;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.domain.shared.StayPeriod;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultStayService implements StayService {

    private static final Logger LOG = Logger.getLogger(DefaultStayService.class.getName());
    static final int MAX_RACK_DAYS = 31;

    @Inject
    ReservationRepository reservations;
    @Inject
    RoomRepository rooms;
    @Inject
    RoomNightRepository roomNights;
    @Inject
    InventoryRepository inventory;
    @Inject
    FolioRepository folios;
    @Inject
    HotelCalendar calendar;
    @Inject
    Rooming rooming;
    @Inject
    Actor actor;
    @Inject
    Event<RoomsFreed> roomsFreed;
    @Inject
    org.innkeeper.domain.reservation.RoomMoveRepository moves;

    @Override
    public List<ReservationSummary> inHouse() {
        List<Reservation> list = reservations.inHouse();
        return Views.summaries(list, folios.balances(list.stream().map(Reservation::id).toList()));
    }

    @Override
    public StayView moveRoom(String confirmationNumber, RoomMoveRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        r.requireInHouse("move");
        // both rooms locked in number order: two moves the other way round can't deadlock
        String current = r.room().number();
        String wanted = request.roomNumber().trim().toUpperCase(Locale.ROOT);
        if (current.compareTo(wanted) < 0) {
            rooms.roomForUpdate(current);
        }
        Room target = rooming.roomForUpdate(wanted);
        rooms.roomForUpdate(current);
        if (r.room().id().equals(target.id())) {
            throw new InvalidValueException("roomNumber", "the guest is already in room " + target.number());
        }
        if (!target.isAssignable()) {
            throw new StateConflictException("room-not-assignable", "roomNumber", "room " + target.number()
                    + (target.occupancy() == Occupancy.OCCUPIED ? " is occupied" : " is not clean yet"));
        }
        LocalDate from = today.businessDate();
        StayQuote quote = rooming.changeType(r, target, request.rate(), from, today);
        callOffPlannedMoves(r, from, today); // the whole rest of the stay is in the new room now
        rooming.claim(target, r, from);
        Room old = r.moveTo(target, quote, request.reason(), today.businessDate(), actor.name(), today.instant());
        // the audit posts each night in the room the guest sleeps in, at the price of the night
        LOG.info(() -> "Moved " + r.confirmationNumber() + " from " + old.number() + " to " + target.number()
                + " by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }

    @Override
    public org.innkeeper.application.dto.PlannedMoveView planMove(String confirmationNumber,
                                                                 org.innkeeper.application.dto.PlannedMoveRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        r.requireInHouse("plan a room move for");
        Room target = rooming.roomForUpdate(request.roomNumber());
        if (r.changesType(target)) {
            throw new InvalidValueException("roomNumber", "a planned move is to a room of the same type ("
                    + r.roomType().code() + "); a move to another type is made on the day");
        }
        org.innkeeper.domain.reservation.RoomMove move = new org.innkeeper.domain.reservation.RoomMove(r, target,
                request.on(), request.reason(), false, today.businessDate(), actor.name(), today.instant());
        callOffPlannedMoves(r, request.on(), today);
        // the new room's nights are held from that night on, the old room's given back
        rooming.claim(target, r, request.on());
        moves.store(move);
        LOG.info(() -> "Planned move of " + r.confirmationNumber() + " to " + target.number() + " on " + request.on()
                + " by " + actor.name());
        return StayViews.move(move);
    }

    /** Planned moves of the stay from {@code from} on are called off (the stay's rooms change otherwise). */
    private void callOffPlannedMoves(Reservation r, LocalDate from, Today today) {
        for (org.innkeeper.domain.reservation.RoomMove planned : moves.scheduledFor(r)) {
            if (!planned.on().isBefore(from)) {
                planned.cancel(today.instant());
            }
        }
    }

    @Override
    public List<org.innkeeper.application.dto.PlannedMoveView> movesDue(LocalDate date) {
        return moves.dueBy(date == null ? calendar.businessDate() : date).stream().map(StayViews::move).toList();
    }

    @Override
    public StayView carryOutMove(long moveId) {
        Today today = calendar.today();
        org.innkeeper.domain.reservation.RoomMove move = moves.findForUpdate(moveId)
                .orElseThrow(() -> new NotFoundException("Room move", String.valueOf(moveId)));
        Reservation r = reservations.getForUpdate(move.reservation().confirmationNumber().value());
        // both rooms locked in number order
        String a = move.from().number();
        String b = move.to().number();
        rooms.roomForUpdate(a.compareTo(b) < 0 ? a : b);
        rooms.roomForUpdate(a.compareTo(b) < 0 ? b : a);
        move.carryOut(today.businessDate(), actor.name(), today.instant());
        LOG.info(() -> "Carried out the planned move of " + r.confirmationNumber() + " to " + move.to().number());
        return StayViews.stay(r, today.businessDate());
    }

    @Override
    public org.innkeeper.application.dto.PlannedMoveView cancelMove(long moveId) {
        Today today = calendar.today();
        org.innkeeper.domain.reservation.RoomMove move = moves.findForUpdate(moveId)
                .orElseThrow(() -> new NotFoundException("Room move", String.valueOf(moveId)));
        Reservation r = reservations.getForUpdate(move.reservation().confirmationNumber().value());
        Room old = rooms.roomForUpdate(move.from().number()).orElseThrow();
        move.cancel(today.instant());
        LocalDate from = move.on().isAfter(today.businessDate()) ? move.on() : today.businessDate();
        if (from.isBefore(r.stay().departure())) {
            rooming.claim(old, r, from); // refused (room-taken) if the old room was given to someone else meanwhile
        }
        return StayViews.move(move);
    }

    @Override
    public StayView houseUse(String confirmationNumber, boolean houseUse) {
        if (!actor.isManager()) {
            throw new org.innkeeper.domain.shared.StateConflictException("manager-only",
                    "only a manager gives a room for the hotel's own use");
        }
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        r.useForHouse(houseUse);
        LOG.info(() -> confirmationNumber + (houseUse ? " marked" : " no longer") + " for house use by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }

    @Override
    public StayView extend(String confirmationNumber, StayChangeRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        r.requireInHouse("extend");
        if (!request.departure().isAfter(r.stay().departure())) {
            throw new InvalidValueException("departure", "an extension departs after " + r.stay().departure());
        }
        StayPeriod longer = new StayPeriod(r.stay().arrival(), request.departure());
        StayPeriod added = new StayPeriod(r.stay().departure(), request.departure());
        today.hotel().requireBookable(added, today.businessDate());
        StayQuote quote = rooming.price(r.roomType(), r.ratePlan(), added, r.party(), today);
        // the room first, then the inventory: the order every path that takes both keeps. The room
        // of the last night: a move may be planned before it.
        Long lastRoom = roomNights.roomsOf(List.of(r.id()), r.stay().departure().minusDays(1)).get(r.id());
        String lastRoomNumber = lastRoom == null ? r.room().number()
                : rooms.rooms().stream().filter(x -> x.id().equals(lastRoom)).findFirst().orElse(r.room()).number();
        Room room = rooms.roomForUpdate(lastRoomNumber).orElseThrow();
        try {
            inventory.reserve(r.roomType(), added, 1);
        } catch (NoAvailabilityException soldOut) {
            throw new StateConflictException("no-availability", "departure", "no " + r.roomType().name()
                    + " is free for every night from " + added.arrival() + " to " + added.departure()
                    + alternatives(r, added));
        }
        try {
            roomNights.claimForStay(room, r.id(), added.arrival(), added.departure());
        } catch (StateConflictException taken) {
            throw new StateConflictException("room-taken", "departure", "room " + room.number()
                    + " is given to another stay from " + added.arrival() + alternatives(r, added));
        }
        r.extend(longer, quote, today.businessDate(), actor.name(), today.instant());
        LOG.info(() -> "Extended " + r.confirmationNumber() + " to " + longer.departure() + " by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }

    /** Where the guest could stay instead: other free rooms of the type, or the types with rooms left. */
    private String alternatives(Reservation r, StayPeriod added) {
        Set<Long> held = roomNights.roomsHeld(added.arrival(), added.departure());
        List<String> sameType = rooms.rooms().stream()
                .filter(x -> !r.changesType(x) && !held.contains(x.id())).map(Room::number).limit(5).toList();
        Map<Long, Integer> left = inventory.roomsLeft(added);
        List<String> types = rooms.roomTypes().stream()
                .filter(t -> left.getOrDefault(t.id(), 0) > 0 && t.sleeps(r.party()) && !t.code().equals(r.roomType().code()))
                .map(t -> t.code() + " (" + left.get(t.id()) + " left)").toList();
        if (!sameType.isEmpty()) {
            return "; free " + r.roomType().code() + " rooms for those nights: " + String.join(", ", sameType)
                    + " (move the guest first)";
        }
        return types.isEmpty() ? "; no other room type is free either" : "; other types free then: " + String.join(", ", types);
    }

    @Override
    public StayView shorten(String confirmationNumber, StayChangeRequest request) {
        Today today = calendar.today();
        Reservation r = reservations.getForUpdate(confirmationNumber);
        StayPeriod givenUp = r.shorten(request.departure(), today.businessDate(), actor.name(), today.instant());
        callOffPlannedMoves(r, givenUp.arrival(), today);
        inventory.release(r.roomType(), givenUp, 1);
        roomNights.releaseStay(r.id(), givenUp.arrival());
        roomsFreed.fire(new RoomsFreed(r.roomType().id(), givenUp.arrival(), givenUp.departure()));
        LOG.info(() -> "Shortened " + r.confirmationNumber() + " to " + request.departure() + " by " + actor.name());
        return StayViews.stay(r, today.businessDate());
    }

    @Override
    public List<RoomView> rooms() {
        List<Room> all = rooms.rooms();
        Map<Long, StayViews.RoomDay> days = roomDays(calendar.businessDate(), all);
        return all.stream().map(room -> StayViews.room(room, days.getOrDefault(room.id(),
                StayViews.RoomDay.PLAIN))).toList();
    }

    @Override
    public List<RoomView> housekeepingBoard() {
        // what housekeeping should do first: rooms a guest is waiting for, then rooms due today, by floor
        return rooms().stream()
                .sorted(Comparator.comparing((RoomView v) -> !v.guestWaiting())
                        .thenComparing(v -> !(v.arrivalToday() && "DIRTY".equals(v.housekeeping())))
                        .thenComparing(v -> !v.dueOut())
                        .thenComparing(RoomView::floor)
                        .thenComparing(RoomView::number))
                .toList();
    }

    /** What today means for each room: blocks, departures, arrivals and guests waiting. */
    private Map<Long, StayViews.RoomDay> roomDays(LocalDate today, List<Room> all) {
        Map<Long, String[]> blocks = new HashMap<>();
        for (RoomBlock b : rooms.blocksFrom(today)) {
            if (b.covers(today) && (!blocks.containsKey(b.room().id()) || b.kind() == RoomBlockKind.OUT_OF_ORDER)) {
                blocks.put(b.room().id(), new String[] {b.kind().name(), b.reason()});
            }
        }
        Set<Long> dueOut = new HashSet<>();
        reservations.inHouseDepartingOn(today).forEach(r -> dueOut.add(r.room().id()));
        Set<Long> arriving = new HashSet<>();
        Set<Long> waiting = new HashSet<>();
        for (Reservation r : reservations.arrivingOn(today)) {
            if (r.room() != null) {
                arriving.add(r.room().id());
                if (r.queuedAt() != null) {
                    waiting.add(r.room().id());
                }
            }
        }
        Map<Long, StayViews.RoomDay> days = new HashMap<>();
        for (Room room : all) {
            String[] block = blocks.get(room.id());
            days.put(room.id(), new StayViews.RoomDay(block == null ? null : block[0], block == null ? null : block[1],
                    dueOut.contains(room.id()), arriving.contains(room.id()), waiting.contains(room.id())));
        }
        return days;
    }

    @Override
    public RoomView changeHousekeeping(String roomNumber, HousekeepingChange change) {
        String number = roomNumber == null ? "" : roomNumber.trim().toUpperCase(Locale.ROOT);
        Room room = rooms.roomForUpdate(number).orElseThrow(() -> new NotFoundException("Room", number));
        room.changeHousekeeping(HousekeepingStatus.parse(change.status()), actor.name(), calendar.now());
        if (change.found() != null && !change.found().isBlank()) {
            Occupancy found;
            try {
                found = Occupancy.valueOf(change.found().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("found", "found is VACANT or OCCUPIED");
            }
            room.reportFound(found, actor.name(), calendar.now());
        }
        return StayViews.room(room, roomDays(calendar.businessDate(), List.of(room)).getOrDefault(room.id(), StayViews.RoomDay.PLAIN));
    }

    @Override
    public List<RoomView> discrepancies() {
        return rooms().stream().filter(RoomView::discrepancy).toList();
    }

    @Override
    public RoomBlockView blockRoom(String roomNumber, RoomBlockRequest request) {
        Today today = calendar.today();
        Room room = rooming.roomForUpdate(roomNumber);
        RoomBlockKind kind = RoomBlockKind.parse(request.kind());
        HousekeepingStatus returns = request.returnStatus() == null || request.returnStatus().isBlank() ? null
                : HousekeepingStatus.parse(request.returnStatus());
        RoomBlock block = new RoomBlock(room, kind, request.from(), request.to(), request.reason(), returns,
                today.businessDate(), actor.name(), today.instant());
        rooms.store(block);
        if (kind.removesFromInventory()) {
            // its nights are held (no stay can be given them) and the type has one room fewer to sell
            String typeCode = room.roomType().code(); // read now: after a refusal PostgreSQL reads nothing more
            roomNights.claimForBlock(room, block.id(), block.from(), block.to());
            try {
                inventory.changeSellable(room.roomType(), block.from(), block.to(), -1);
            } catch (StateConflictException oversold) {
                throw new StateConflictException("rooms-sold", "from", "every " + typeCode
                        + " room is sold on some of those nights: taking room " + room.number()
                        + " out of order would oversell them; move or cancel a booking first, or mark it out of service");
            }
        }
        LOG.info(() -> "Room " + room.number() + " " + kind + " " + block.from() + ".." + block.to() + " by " + actor.name());
        return StayViews.block(block);
    }

    @Override
    public RoomBlockView endBlock(long blockId) {
        Today today = calendar.today();
        RoomBlock block = rooms.blockForUpdate(blockId).orElseThrow(() -> new NotFoundException("Room block", String.valueOf(blockId)));
        LocalDate plannedEnd = block.to();
        LocalDate from = block.end(today.businessDate(), actor.name(), today.instant());
        if (block.kind().removesFromInventory() && from.isBefore(plannedEnd)) {
            roomNights.releaseBlock(block.id(), from);
            inventory.changeSellable(block.room().roomType(), from, plannedEnd, 1);
            roomsFreed.fire(new RoomsFreed(block.room().roomType().id(), from, plannedEnd));
        }
        return StayViews.block(block);
    }

    @Override
    public List<RoomBlockView> blocks(LocalDate from) {
        return rooms.blocksFrom(from == null ? calendar.businessDate() : from).stream().map(StayViews::block).toList();
    }

    @Override
    public RoomRackView rack(LocalDate from, int days) {
        if (days < 1 || days > MAX_RACK_DAYS) {
            throw new InvalidValueException("days", "the rack shows 1 to " + MAX_RACK_DAYS + " nights");
        }
        LocalDate start = from == null ? calendar.businessDate() : from;
        LocalDate end = start.plusDays(days);
        List<RoomNightRepository.Held> held = roomNights.held(start, end);
        Set<Long> stayIds = new HashSet<>();
        Set<Long> blockIds = new HashSet<>();
        for (RoomNightRepository.Held h : held) {
            if (h.reservationId() != null) {
                stayIds.add(h.reservationId());
            } else {
                blockIds.add(h.blockId());
            }
        }
        Map<Long, Reservation> stays = new HashMap<>();
        reservations.findAll(stayIds).forEach(r -> stays.put(r.id(), r));
        Map<Long, RoomBlock> blocksById = new HashMap<>();
        rooms.blocksFrom(start).forEach(b -> blocksById.put(b.id(), b));
        // consecutive nights of one holder in one room make one segment
        Map<Long, List<RoomRackView.Segment>> segments = new LinkedHashMap<>();
        RoomNightRepository.Held open = null;
        LocalDate openTo = null;
        for (RoomNightRepository.Held h : held) {
            if (open != null && open.roomId() == h.roomId() && h.night().equals(openTo)
                    && java.util.Objects.equals(open.reservationId(), h.reservationId())
                    && java.util.Objects.equals(open.blockId(), h.blockId())) {
                openTo = h.night().plusDays(1);
                continue;
            }
            if (open != null) {
                segments.computeIfAbsent(open.roomId(), k -> new ArrayList<>()).add(segment(open, openTo, stays, blocksById));
            }
            open = h;
            openTo = h.night().plusDays(1);
        }
        if (open != null) {
            segments.computeIfAbsent(open.roomId(), k -> new ArrayList<>()).add(segment(open, openTo, stays, blocksById));
        }
        List<RoomRackView.Row> rows = rooms.rooms().stream()
                .map(room -> new RoomRackView.Row(room.number(), room.floor(), room.roomType().code(),
                        room.occupancy().name(), room.housekeeping().name(), segments.getOrDefault(room.id(), List.of())))
                .toList();
        List<RoomRackView.Unassigned> unassigned = reservations.unassignedBetween(start, end).stream()
                .map(r -> new RoomRackView.Unassigned(r.confirmationNumber().value(), r.guestName(),
                        r.roomType().code(), r.status().name(), r.stay().arrival(), r.stay().departure()))
                .toList();
        List<LocalDate> nights = start.datesUntil(end).toList();
        return new RoomRackView(start, days, nights, rows, unassigned);
    }

    private static RoomRackView.Segment segment(RoomNightRepository.Held h, LocalDate to, Map<Long, Reservation> stays,
                                                Map<Long, RoomBlock> blocks) {
        if (h.reservationId() != null) {
            Reservation r = stays.get(h.reservationId());
            return new RoomRackView.Segment("STAY", r == null ? null : r.confirmationNumber().value(),
                    r == null ? "" : r.guestName(), r == null ? null : r.status().name(), h.night(), to);
        }
        RoomBlock b = blocks.get(h.blockId());
        return new RoomRackView.Segment("OUT_OF_ORDER", null, b == null ? "" : b.reason(), null, h.night(), to);
    }

}
