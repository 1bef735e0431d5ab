package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.innkeeper.application.Actor;
import org.innkeeper.application.GuestService;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.GuestSummaryView;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.GuestRepository;
import org.innkeeper.domain.guest.LoyaltyTier;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.room.RoomFeature;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;

@Stateless
@Interceptors(ConcurrentChanges.class)
public class DefaultGuestService implements GuestService {

    private static final Logger LOG = Logger.getLogger(DefaultGuestService.class.getName());

    @Inject
    GuestRepository guests;
    @Inject
    ReservationRepository reservations;
    @Inject
    HotelCalendar calendar;
    @Inject
    Actor actor;

    @Override
    public List<GuestSummaryView> search(String text, int limit) {
        List<Guest> found = guests.search(text, limit);
        var stays = reservations.pastStays(found.stream().map(Guest::id).toList());
        return found.stream().map(g -> GuestViews.summary(g, stays)).toList();
    }

    @Override
    public GuestProfileView profile(long guestId) {
        return view(load(guestId));
    }

    @Override
    public GuestProfileView profileOf(String confirmationNumber) {
        ConfirmationNumber number = ConfirmationNumber.parse(confirmationNumber);
        Reservation r = reservations.find(number).orElseThrow(() -> new NotFoundException("Reservation", number.value()));
        return view(r.guest());
    }

    @Override
    public GuestProfileView update(long guestId, GuestProfileRequest change) {
        Guest g = guests.findForUpdate(guestId).orElseThrow(() -> notFound(guestId));
        g.describe(new Guest.Profile(
                change.language() == null ? g.language() : change.language(),
                change.vipLevel() == null ? g.vipLevel() : change.vipLevel(),
                change.loyaltyTier() == null ? g.loyaltyTier() : LoyaltyTier.parse(change.loyaltyTier()),
                change.preferences() == null ? g.preferences() : features(change.preferences()),
                change.preferredFloor() == null ? g.preferredFloor() : change.preferredFloor(),
                or(change.pillow(), g.pillow()),
                or(change.allergies(), g.allergies()),
                or(change.preferenceNote(), g.preferenceNote()),
                or(change.notes(), g.notes()),
                or(change.alert(), g.alert())), actor.name(), calendar.now());
        if (change.email() != null || change.phone() != null) {
            g.updateContacts(change.email(), change.phone());
        }
        LOG.info(() -> "Guest profile " + guestId + " changed by " + actor.name());
        return view(g);
    }

    @Override
    public GuestProfileView merge(long survivorId, long duplicateId) {
        // Both rows locked, lower id first: two clerks merging the same pair either way queue up.
        Guest first = guests.findForUpdate(Math.min(survivorId, duplicateId))
                .orElseThrow(() -> notFound(Math.min(survivorId, duplicateId)));
        Guest second = survivorId == duplicateId ? first : guests.findForUpdate(Math.max(survivorId, duplicateId))
                .orElseThrow(() -> notFound(Math.max(survivorId, duplicateId)));
        Guest survivor = first.id() == survivorId ? first : second;
        Guest duplicate = first.id() == duplicateId ? first : second;
        survivor.absorb(duplicate, actor.name(), calendar.now());
        List<Reservation> moved = reservations.ofGuest(duplicateId);
        moved.forEach(r -> r.attachTo(survivor));
        LOG.info(() -> "Guest profile " + duplicateId + " merged into " + survivorId + " (" + moved.size()
                + " reservations) by " + actor.name());
        return view(survivor);
    }

    private static Set<RoomFeature> features(List<String> names) {
        Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        for (int i = 0; i < names.size(); i++) {
            try {
                features.add(RoomFeature.parse(names.get(i)));
            } catch (InvalidValueException e) {
                throw new InvalidValueException("preferences[" + i + "]", e.getMessage());
            }
        }
        return features;
    }

    /** A text left out stays as it was; an empty one clears it. */
    private static String or(String given, String current) {
        return given == null ? current : given;
    }

    private GuestProfileView view(Guest g) {
        return GuestViews.profile(g, new ArrayList<>(reservations.ofGuest(g.id())), calendar.currency());
    }

    private Guest load(long id) {
        return guests.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Guest", String.valueOf(id));
    }
}
