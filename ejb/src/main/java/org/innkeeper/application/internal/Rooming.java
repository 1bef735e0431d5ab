package org.innkeeper.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomNightRepository;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Party;
import org.innkeeper.domain.shared.StayPeriod;

/**
 * The steps every path that gives a stay a room shares (pre-assignment, auto-assignment,
 * check-in, room move, extension): the room's nights claimed in the database, and for a room of
 * another type the inventory moved between the types and, if the clerk chose so, the new price.
 */
@ApplicationScoped
class Rooming {

    /** The clerk's choice when a guest gets a room of another type than booked. */
    enum RateChoice {
        /** The booked rate stays (a complimentary upgrade). */
        KEEP,
        /** The nights are re-priced at the new type's prices of the booked plan. */
        REPRICE;

        static RateChoice parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("rate", "rate is KEEP (the booked rate stays) or REPRICE (the new"
                        + " type's price), not " + text);
            }
        }
    }

    @Inject
    RoomRepository rooms;
    @Inject
    RoomNightRepository roomNights;
    @Inject
    InventoryRepository inventory;
    @Inject
    RateRepository rates;
    @Inject
    Event<RoomsFreed> roomsFreed;

    /** The room by its number, locked for this transaction, or a refusal naming the field. */
    Room roomForUpdate(String number) {
        String n = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        return rooms.roomForUpdate(n)
                .orElseThrow(() -> new InvalidValueException("roomNumber", "there is no room " + number));
    }

    /**
     * For a room of another type than the reservation's: checks the clerk chose what happens to
     * the rate, moves the nights from {@code from} to the end of the stay from the old type's
     * inventory to the new one's, and prices them if asked. Returns the new price of those nights,
     * or null when the rate is kept (or the type is the same).
     */
    StayQuote changeType(Reservation r, Room target, String rate, LocalDate from, Today today) {
        RateChoice choice = RateChoice.parse(rate);
        if (!r.changesType(target)) {
            return null;
        }
        if (choice == null) {
            throw new InvalidValueException("rate", "room " + target.number() + " is a " + target.roomType().code()
                    + ", the guest booked a " + r.roomType().code()
                    + ": choose KEEP (the booked rate stays) or REPRICE (the " + target.roomType().code() + " price)");
        }
        RoomType oldType = r.roomType();
        RoomType newType = target.roomType();
        StayPeriod nights = new StayPeriod(from, r.stay().departure());
        StayQuote quote = choice == RateChoice.REPRICE
                ? price(newType, r.ratePlan(), nights, r.party(), today) : null;
        if (r.status().holdsInventory()) {
            inventory.lock(List.of(oldType, newType), from, r.stay().departure());
            inventory.release(oldType, nights, 1);
            inventory.reserve(newType, nights, 1);
            roomsFreed.fire(new RoomsFreed(oldType.id(), from, r.stay().departure()));
        }
        return quote;
    }

    /**
     * Today's price of the booked plan for these nights, without the sale restrictions (a stay in
     * the house is not a new sale); refused when the type has no price on a night.
     */
    StayQuote price(RoomType type, RatePlan plan, StayPeriod nights, Party party, Today today) {
        SalesWindow.Evaluation e = SalesWindow.evaluate(type, plan, nights, party,
                rates.pricesFor(plan, type, nights).byNight(), java.util.Map.of(), today.hotel().taxes(), -1);
        if (e.quote() == null) {
            throw new NoAvailabilityException(type.code(), e.refusals().isEmpty() ? "no price for " + type.code()
                    : e.refusals().get(0).message());
        }
        return e.quote();
    }

    /** Gives the room to the reservation from {@code from} to its departure, after any room it held. */
    void claim(Room room, Reservation r, LocalDate from) {
        roomNights.releaseStay(r.id(), from);
        roomNights.claimForStay(room, r.id(), from, r.stay().departure());
    }
}
