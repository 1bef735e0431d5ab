package org.innkeeper.application.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.GuestSummaryView;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.shared.Money;

/** Assembles the guest profile's DTOs; called inside the transaction that loaded them. */
final class GuestViews {

    private GuestViews() {
    }

    static GuestProfileView profile(Guest g, List<Reservation> reservations, String currency) {
        List<GuestProfileView.Stay> history = reservations.stream().map(GuestViews::stay).toList();
        BigDecimal total = history.stream().map(GuestProfileView.Stay::revenue)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        int stays = (int) reservations.stream().filter(GuestViews::happened).count();
        return new GuestProfileView(
                g.id(),
                g.firstName(),
                g.lastName(),
                g.email(),
                g.phone(),
                g.language(),
                g.vipLevel(),
                g.loyaltyTier().name(),
                g.preferences().stream().map(Enum::name).sorted().toList(),
                g.preferredFloor(),
                g.pillow(),
                g.allergies(),
                g.preferenceNote(),
                g.notes(),
                g.alert(),
                g.nationality(),
                g.birthDate(),
                g.mergedInto() == null ? null : g.mergedInto().id(),
                g.createdAt(),
                g.changedBy(),
                g.changedAt(),
                stays,
                total,
                currency,
                history);
    }

    /** A stay happened once the guest came: in the house or checked out. */
    private static boolean happened(Reservation r) {
        return r.status() == ReservationStatus.IN_HOUSE || r.status() == ReservationStatus.CHECKED_OUT;
    }

    static GuestProfileView.Stay stay(Reservation r) {
        Money revenue = happened(r) ? r.total() : r.feeCharged();
        return new GuestProfileView.Stay(
                r.confirmationNumber().value(),
                r.status().name(),
                r.stay().arrival(),
                r.stay().departure(),
                r.stay().nights(),
                r.roomType().code(),
                r.roomType().name(),
                r.room() == null ? null : r.room().number(),
                r.channel(),
                revenue == null ? null : revenue.amount(),
                r.total().currency());
    }

    static GuestSummaryView summary(Guest g, Map<Long, Long> pastStays) {
        return new GuestSummaryView(g.id(), g.fullName(), g.email(), g.phone(), g.vipLevel(), g.loyaltyTier().name(),
                pastStays.getOrDefault(g.id(), 0L), g.alert());
    }
}
