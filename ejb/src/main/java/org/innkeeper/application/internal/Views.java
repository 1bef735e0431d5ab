package org.innkeeper.application.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.NightPriceView;
import org.innkeeper.application.dto.PostingView;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.Posting;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.Room;

/** Assembles DTOs from aggregates; called inside the transaction that loaded them. */
final class Views {

    private Views() {
    }

    static ReservationView reservation(Reservation r, LocalDate businessDate) {
        List<NightPriceView> nights = r.nights().stream()
                .map(n -> new NightPriceView(n.night(), n.price().amount()))
                .toList();
        return new ReservationView(
                r.confirmationNumber().value(),
                r.status().name(),
                r.roomType().code(),
                r.roomType().name(),
                r.ratePlan().code(),
                r.ratePlan().name(),
                r.stay().arrival(),
                r.stay().departure(),
                r.stay().nights(),
                r.adults(),
                guest(r.guest()),
                nights,
                r.total().amount(),
                r.total().currency(),
                r.channel(),
                r.source(),
                r.room() == null ? null : r.room().number(),
                r.createdAt(),
                r.modifiedAt(),
                r.canBeCancelled(businessDate),
                r.canCheckIn(businessDate));
    }

    static GuestDetails guest(Guest g) {
        return new GuestDetails(g.firstName(), g.lastName(), g.email(), g.phone());
    }

    static ReservationSummary summary(Reservation r, Map<Long, BigDecimal> balances) {
        return new ReservationSummary(
                r.confirmationNumber().value(),
                r.status().name(),
                r.guest().fullName(),
                r.roomType().code(),
                r.room() == null ? null : r.room().number(),
                r.stay().arrival(),
                r.stay().departure(),
                r.adults(),
                r.channel(),
                balances.get(r.id()),
                r.total().currency());
    }

    static List<ReservationSummary> summaries(List<Reservation> list, Map<Long, BigDecimal> balances) {
        return list.stream().map(r -> summary(r, balances)).toList();
    }

    static RoomView room(Room room) {
        return new RoomView(room.number(), room.floor(), room.roomType().code(), room.roomType().name(),
                room.occupancy().name(), room.housekeeping().name());
    }

    static FolioView folio(Reservation r, Folio folio) {
        List<PostingView> postings = folio.postings().stream().map(Views::posting).toList();
        return new FolioView(
                r.confirmationNumber().value(),
                r.guest().fullName(),
                r.room() == null ? null : r.room().number(),
                r.status().name(),
                postings,
                folio.charges().amount(),
                folio.payments().amount(),
                folio.balance().amount(),
                folio.currency());
    }

    static PostingView posting(Posting p) {
        return new PostingView(p.id() == null ? 0 : p.id(), p.type().name(), p.category(), p.description(),
                p.businessDate(), p.postedAt(), p.amount().amount(), p.cardLast4(), p.night(), p.roomNumber());
    }
}
