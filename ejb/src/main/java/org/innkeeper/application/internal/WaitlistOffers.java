package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innkeeper.domain.inventory.InventoryRepository;
import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.notification.GuestNotification;
import org.innkeeper.domain.notification.NotificationRepository;
import org.innkeeper.domain.rate.RateRepository;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * When rooms free up, the waitlisted requests for them are offered a room, first asked first
 * served: each in a transaction of its own that takes the room from inventory with the same
 * conditional update as any booking (so the waitlist can never oversell), turns the request into an
 * option held for the hotel's waitlist offer hours (a setting), and leaves the guest a message.
 */
@Stateless
public class WaitlistOffers {

    private static final Logger LOG = Logger.getLogger(WaitlistOffers.class.getName());

    @Inject
    ReservationRepository reservations;
    @Inject
    InventoryRepository inventory;
    @Inject
    RateRepository rates;
    @Inject
    NotificationRepository notifications;
    @Inject
    HotelCalendar calendar;
    @EJB
    WaitlistOffers self;

    /** After the transaction that freed the rooms has committed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void roomsFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomsFreed freed) {
        offerAll(freed);
    }

    /** Offers freed rooms to the waitlist; how many requests were offered one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int offerAll(RoomsFreed freed) {
        int offered = 0;
        for (Long id : self.candidates(freed)) {
            try {
                if (self.offer(id)) {
                    offered++;
                }
            } catch (NoAvailabilityException | StateConflictException takenMeanwhile) {
                // taken by a booking at the same moment: the next request may need fewer nights
                LOG.fine(() -> "Waitlisted reservation " + id + " not offered: " + takenMeanwhile.getMessage());
            } catch (RuntimeException unexpected) {
                // not a lost race: said loudly, and the next requests are still offered their rooms
                LOG.log(Level.WARNING, "Waitlisted reservation " + id + " could not be offered a room", unexpected);
            }
        }
        return offered;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> candidates(RoomsFreed freed) {
        return reservations.waitlistedFor(freed.roomTypeId(), freed.from(), freed.to());
    }

    /** One request: offered a room if every night of its stay has one left; false if not. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean offer(long reservationId) {
        Reservation r = reservations.findForUpdate(reservationId).orElse(null);
        if (r == null || r.status() != ReservationStatus.WAITLISTED) {
            return false;
        }
        Today today = calendar.today();
        if (today.businessDate().isAfter(r.stay().arrival())
                || inventory.roomsLeft(r.stay()).getOrDefault(r.roomType().id(), 0) < 1) {
            return false;
        }
        // The one sale rule of booking: a stop-sold or closed-to-arrival night is not offered either.
        SalesWindow.Evaluation sale = SalesWindow.evaluate(r.roomType(), r.ratePlan(), r.stay(), r.party(),
                rates.pricesFor(r.ratePlan(), r.roomType(), r.stay()).byNight(),
                rates.restrictionsFor(r.ratePlan(), r.roomType(), r.stay()), today.hotel().taxes(), -1);
        if (!sale.refusals().isEmpty() || sale.quote() == null) {
            LOG.fine(() -> "Waitlisted reservation " + r.confirmationNumber() + " not offered: " + sale.refusals());
            return false;
        }
        StayQuote quote = sale.quote();
        Instant holdUntil = today.instant().plus(today.hotel().settings().waitlistOfferHold());
        inventory.reserve(r.roomType(), r.stay());
        r.offerFromWaitlist(quote, holdUntil, today.instant());
        notifications.store(new GuestNotification(r, GuestNotification.Kind.WAITLIST_OFFER,
                "Good news, " + r.guestName() + ": a " + r.roomType().name() + " is free for your stay from "
                        + r.stay().arrival() + " to " + r.stay().departure() + ". We hold it for you until "
                        + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .format(holdUntil.atZone(today.hotel().timeZone())) + " at " + quote.total() + " (" + r.ratePlan().name() + "). Confirm reservation "
                        + r.confirmationNumber() + " to keep it.", today.instant()));
        LOG.info(() -> "Waitlist: offered " + r.roomType().code() + " " + r.stay() + " to " + r.confirmationNumber());
        return true;
    }
}
