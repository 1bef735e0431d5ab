package org.innkeeper.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innkeeper.application.dto.ArrivalView;
import org.innkeeper.application.dto.RoomBlockView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.StayView;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.rate.GuaranteeType;
import org.innkeeper.domain.reservation.Companion;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomBlock;

/** Assembles the arrival and stay DTOs from aggregates; called inside the transaction that loaded them. */
final class StayViews {

    private StayViews() {
    }

    /** What housekeeping and the desk need to know about a room today. */
    record RoomDay(String block, String blockReason, boolean dueOut, boolean arrivalToday, boolean guestWaiting) {
        static final RoomDay PLAIN = new RoomDay(null, null, false, false, false);
    }

    static RoomView room(Room room) {
        return room(room, RoomDay.PLAIN);
    }

    static RoomView room(Room room, RoomDay day) {
        return new RoomView(room.number(), room.floor(), room.roomType().code(), room.roomType().name(),
                room.occupancy().name(), room.housekeeping().name(),
                room.features().stream().map(Enum::name).sorted().toList(),
                room.connectsTo() == null ? null : room.connectsTo().number(),
                day.block(), day.blockReason(), day.dueOut(), day.arrivalToday(), day.guestWaiting(),
                room.found() == null ? null : room.found().name(), room.discrepancy(),
                room.housekeepingChangedBy(), room.housekeepingChangedAt());
    }

    static org.innkeeper.application.dto.PlannedMoveView move(org.innkeeper.domain.reservation.RoomMove m) {
        return new org.innkeeper.application.dto.PlannedMoveView(m.id() == null ? 0 : m.id(),
                m.reservation().confirmationNumber().value(), m.reservation().guestName(), m.from().number(),
                m.to().number(), m.on(), m.reason(), m.status().name(), m.createdBy());
    }

    static RoomBlockView block(RoomBlock b) {
        return new RoomBlockView(b.id() == null ? 0 : b.id(), b.room().number(), b.room().roomType().code(),
                b.kind().name(), b.from(), b.to(), b.reason(), b.returnStatus().name(), b.createdBy(), b.createdAt(),
                b.active());
    }

    static ArrivalView arrival(Reservation r, long pastStays, Integer queuePosition) {
        Guest g = r.guest();
        Room room = r.room();
        boolean ready = room != null && room.isAssignable();
        return new ArrivalView(
                r.confirmationNumber().value(),
                r.status().name(),
                g.id(),
                r.guestName(),
                g.vipLevel(),
                g.loyaltyTier().name(),
                (int) pastStays,
                g.preferences().stream().map(Enum::name).sorted().toList(),
                g.preferenceNote(),
                g.alert(),
                r.roomType().code(),
                r.roomType().name(),
                r.upgraded() ? r.bookedRoomType().code() : null,
                r.ratePlan().code(),
                r.stay().arrival(),
                r.stay().departure(),
                r.stay().nights(),
                r.adults(),
                r.children(),
                r.eta(),
                guarantee(r),
                r.guaranteeCardLast4(),
                r.policies().guarantee() == GuaranteeType.DEPOSIT ? r.depositDue().amount() : null,
                r.total().currency(),
                room == null ? null : room.number(),
                room == null ? null : room.occupancy().name(),
                room == null ? null : room.housekeeping().name(),
                ready,
                r.queuedAt(),
                queuePosition,
                r.bookingReference(),
                r.channel());
    }

    /** GUARANTEED (a card is held), DEPOSIT (the plan asks one) or NONE. */
    static String guarantee(Reservation r) {
        if (r.guaranteeCardLast4() != null || r.status() == ReservationStatus.GUARANTEED) {
            return "GUARANTEED";
        }
        return r.policies().guarantee() == GuaranteeType.DEPOSIT ? "DEPOSIT" : "NONE";
    }

    static StayView stay(Reservation r, java.time.LocalDate businessDate) {
        boolean inHouse = r.status() == ReservationStatus.IN_HOUSE;
        List<StayView.CompanionView> companions = r.companions().stream().map(StayViews::companion).toList();
        List<StayView.EventView> history = r.history().stream()
                .map(e -> new StayView.EventView(e.kind().name(), e.businessDate(), e.at(), e.by(), e.detail()))
                .toList();
        return new StayView(
                r.confirmationNumber().value(),
                r.status().name(),
                r.guest().id(),
                r.guestName(),
                r.roomType().code(),
                r.roomType().name(),
                r.bookedRoomType().code(),
                r.upgraded(),
                r.ratePlan().code(),
                r.stay().arrival(),
                r.stay().departure(),
                r.stay().nights(),
                r.adults(),
                r.children(),
                r.total().amount(),
                r.total().currency(),
                r.room() == null ? null : r.room().number(),
                r.eta(),
                r.identityDocument() == null ? null : r.identityDocument().type().name(),
                r.identityDocument() == null ? null : r.identityDocument().number(),
                r.nationality(),
                r.birthDate(),
                companions,
                r.keysIssued(),
                r.depositAmount() == null ? null : r.depositAmount().amount(),
                r.depositKind() == null ? null : r.depositKind().name(),
                r.earlyCheckIn(),
                r.checkedInAt(),
                r.checkedInBy(),
                history,
                r.canCheckIn(businessDate),
                inHouse && businessDate.equals(r.checkedInOn()),
                inHouse,
                inHouse,
                inHouse && r.stay().departure().isAfter(businessDate) && r.stay().nights() > 1);
    }

    static org.innkeeper.application.dto.RegistrationCardView registrationCard(Reservation r,
                                                                              org.innkeeper.domain.hotel.Hotel hotel,
                                                                              String language) {
        Guest g = r.guest();
        var booked = r.guestAsBooked();
        var guest = new org.innkeeper.application.dto.RegistrationCardView.GuestLine(booked.firstName(),
                booked.lastName(), booked.email(), booked.phone(), r.nationality(), r.birthDate(),
                r.identityDocument() == null ? null : r.identityDocument().type().name(),
                r.identityDocument() == null ? null : r.identityDocument().number());
        var companions = r.companions().stream().map(c -> new org.innkeeper.application.dto.RegistrationCardView
                .CompanionLine(c.fullName(), c.person().document() == null ? null : c.person().document().type().name(),
                c.person().document() == null ? null : c.person().document().number(), c.person().nationality(),
                c.birthDate())).toList();
        var nights = r.frozenQuote().nights().stream()
                .map(n -> new org.innkeeper.application.dto.RegistrationCardView.NightLine(n.night(), n.gross().amount()))
                .toList();
        return new org.innkeeper.application.dto.RegistrationCardView(hotel.name(), null, language,
                r.confirmationNumber().value(), guest, companions, r.stay().arrival(), r.stay().departure(),
                r.stay().nights(), r.adults(), r.children(), r.room() == null ? null : r.room().number(),
                r.roomType().code(), r.roomType().name(), r.ratePlan().code(), r.ratePlan().name(),
                r.breakfastIncluded(), nights, r.total().amount(), r.total().currency(), r.cityTaxAmount().amount(),
                r.policies().summary(), r.guaranteeCardLast4(),
                r.depositAmount() == null ? null : r.depositAmount().amount(), r.keysIssued(), r.checkedInAt(),
                hotel.timeZone(), r.checkedInBy());
    }

    private static StayView.CompanionView companion(Companion c) {
        var p = c.person();
        return new StayView.CompanionView(p.firstName(), p.lastName(),
                p.document() == null ? null : p.document().type().name(),
                p.document() == null ? null : p.document().number(), p.nationality(), p.birthDate());
    }

    /** Guests in the queue for a room, by reservation id, with their place (1 = first). */
    static Map<Long, Integer> queuePositions(List<Reservation> arrivals) {
        List<Reservation> waiting = arrivals.stream().filter(r -> r.queuedAt() != null)
                .sorted(java.util.Comparator.comparing(Reservation::queuedAt)).toList();
        Map<Long, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).id(), i + 1);
        }
        return positions;
    }

    static Set<String> codes(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
