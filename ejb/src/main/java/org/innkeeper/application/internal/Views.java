package org.innkeeper.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.innkeeper.application.dto.FolioView;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.NightPriceView;
import org.innkeeper.application.dto.NotificationView;
import org.innkeeper.application.dto.PolicyTerms;
import org.innkeeper.application.dto.PolicyView;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.PostingView;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.folio.Posting;
import org.innkeeper.domain.notification.GuestNotification;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.StayQuote;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.reservation.GuestAsBooked;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.Room;

/** Assembles DTOs from aggregates; called inside the transaction that loaded them. */
final class Views {

    private Views() {
    }

    /** Every room type with how many rooms it has. */
    static List<RoomTypeView> roomTypes(RoomRepository rooms) {
        Map<Long, Long> counts = rooms.roomCountsByType();
        return rooms.roomTypes().stream().map(t -> roomType(t, counts)).toList();
    }

    /** A reservation with what the hotel would accept and charge at {@code today}. */
    static ReservationView reservation(Reservation r, Today today) {
        StayQuote frozen = r.frozenQuote();
        Instant arrival = today.hotel().arrivalMoment(r.stay().arrival());
        boolean cancellable = r.canBeCancelled(today.businessDate());
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
                r.children(),
                guest(r.guestAsBooked()),
                nights(frozen),
                r.roomAmount().amount(),
                r.vatAmount().amount(),
                r.cityTaxAmount().amount(),
                r.total().amount(),
                r.total().currency(),
                r.breakfastIncluded(),
                policy(r.policies(), frozen, arrival),
                r.guaranteeCardLast4(),
                r.optionExpiresAt(),
                r.bookingReference(),
                r.channel(),
                r.source(),
                r.room() == null ? null : r.room().number(),
                r.createdAt(),
                r.modifiedAt(),
                cancellable ? r.cancellationFee(today.instant(), arrival).amount() : null,
                r.feeCharged() == null ? null : r.feeCharged().amount(),
                r.endReason() == null ? null : r.endReason().name(),
                cancellable,
                r.canBeModified(today.businessDate()),
                r.canCheckIn(today.businessDate()),
                r.canBeMarkedNoShow(today.businessDate(), today.instant(), today.hotel().noShowMoment(r.stay().arrival())));
    }

    static List<NightPriceView> nights(StayQuote quote) {
        return quote.nights().stream()
                .map(n -> new NightPriceView(n.night(), n.gross().amount(), n.net().amount(), n.vat().amount(),
                        n.cityTax().amount(), n.total().amount()))
                .toList();
    }

    /** Policies with what they mean in money for this stay. */
    /** A stay on offer: every night's price, the taxes, the total and the policies. */
    static org.innkeeper.application.dto.OfferView offer(RoomType type, RatePlan plan, SalesWindow.Evaluation e,
                                                         Today today, org.innkeeper.domain.shared.StayPeriod stay) {
        StayQuote q = e.quote();
        return new org.innkeeper.application.dto.OfferView(type.code(), type.name(), plan.code(), plan.name(),
                plan.breakfastIncluded(), type.maxOccupancy(), e.roomsLeft(), nights(q), q.roomNet().amount(),
                q.vat().amount(), q.cityTax().amount(), q.total().amount(), q.total().currency(),
                policy(plan.policies(), q, today.hotel().arrivalMoment(stay.arrival())));
    }

    /** Why a sale is refused, as the desk and the channels are told. */
    static List<org.innkeeper.application.dto.ReasonView> reasons(List<org.innkeeper.domain.rate.SaleRefusal> refusals) {
        return refusals.stream().map(r -> new org.innkeeper.application.dto.ReasonView(r.code(), r.message(), r.nights()))
                .toList();
    }

    static PolicyView policy(RatePolicies p, StayQuote quote, Instant arrival) {
        Instant freeUntil = p.freeCancellationUntil(arrival);
        return new PolicyView(
                p.guarantee().name(),
                p.depositPercent(),
                p.deposit(quote).amount(),
                p.freeCancellationHours(),
                freeUntil,
                p.cancellationFeeBasis().name(),
                p.cancellationFeePercent(),
                p.cancellationFee(arrival, arrival, quote).amount(),
                p.noShowFeeBasis().name(),
                p.noShowFeePercent(),
                p.noShowFee(quote).amount(),
                p.refundable(),
                p.summary());
    }

    static PolicyTerms terms(RatePolicies p) {
        return new PolicyTerms(p.guarantee().name(), p.depositPercent(), p.freeCancellationHours(),
                p.cancellationFeeBasis().name(), p.cancellationFeePercent(), p.noShowFeeBasis().name(),
                p.noShowFeePercent());
    }

    static RatePlanView ratePlan(RatePlan p) {
        return new RatePlanView(p.code(), p.name(), p.description(), p.parent() == null ? null : p.parent().code(),
                p.adjustmentPercent(), p.breakfastIncluded(), p.extraAdultAmount(), p.childAmount(), p.active(),
                terms(p.policies()), p.policies().summary());
    }

    static RoomTypeView roomType(RoomType t, Map<Long, Long> roomCounts) {
        return new RoomTypeView(t.code(), t.name(), t.maxOccupancy(), t.standardOccupancy(), t.overbookingLimit(),
                roomCounts.getOrDefault(t.id(), 0L).intValue());
    }

    static NotificationView notification(GuestNotification n) {
        return new NotificationView(n.reservation().confirmationNumber().value(), n.reservation().guestName(),
                n.kind().name(), n.recipient(), n.message(), n.createdAt());
    }

    /** The guest as the booker gave them: all a channel is ever shown of the guest. */
    static GuestDetails guest(GuestAsBooked g) {
        return new GuestDetails(g.firstName(), g.lastName(), g.email(), g.phone());
    }

    static ReservationSummary summary(Reservation r, Map<Long, BigDecimal> balances) {
        return new ReservationSummary(
                r.confirmationNumber().value(),
                r.status().name(),
                r.guestAsBooked().fullName(),
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
        return StayViews.room(room);
    }

    static FolioView folio(Reservation r, Folio folio) {
        return folio(r, folio, java.util.Map.of());
    }

    /** The folio, its fixed charges named from the catalogue ({@code articleNames} by code). */
    static FolioView folio(Reservation r, Folio folio, java.util.Map<String, String> articleNames) {
        java.util.Map<Long, Long> reversedBy = new java.util.HashMap<>();
        folio.postings().stream().filter(p -> p.reversesId() != null).forEach(p -> reversedBy.put(p.reversesId(), p.id()));
        List<PostingView> postings = folio.postings().stream().map(p -> posting(p, reversedBy.get(p.id()))).toList();
        return new FolioView(
                r.confirmationNumber().value(),
                r.guestName(),
                r.room() == null ? null : r.room().number(),
                r.status().name(),
                postings,
                folio.charges().amount(),
                folio.payments().amount(),
                folio.balance().amount(),
                folio.currency(),
                windows(r, folio),
                folio.fixedCharges().stream().map(c -> new FolioView.FixedChargeView(c.chargeNo(), c.articleCode(),
                        articleNames.getOrDefault(c.articleCode(), c.articleCode()), c.quantity(), c.unitPrice(),
                        c.from(), c.to(), c.addedBy())).toList(),
                r.houseUse());
    }

    private static List<FolioView.WindowView> windows(Reservation r, Folio folio) {
        List<FolioView.WindowView> views = new java.util.ArrayList<>();
        for (int number : folio.windowNumbers()) {
            org.innkeeper.domain.folio.FolioWindow w = folio.windows().stream().filter(x -> x.number() == number)
                    .findFirst().orElse(null);
            List<String> routed = folio.routes().stream().filter(rule -> rule.window() == number)
                    .map(rule -> rule.articleCode() + (rule.from() == null && rule.to() == null ? ""
                            : " " + (rule.from() == null ? "…" : rule.from()) + "–" + (rule.to() == null ? "…" : rule.to())))
                    .toList();
            views.add(new FolioView.WindowView(number, w == null ? r.guestName() : w.payeeName(),
                    w == null ? null : w.payeeVatId(), folio.balance(number).amount(), routed,
                    w == null ? null : w.companyId()));
        }
        return views;
    }

    static PostingView posting(Posting p, Long reversedBy) {
        return new PostingView(p.id() == null ? 0 : p.id(), p.type().name(), p.category(), p.description(),
                p.businessDate(), p.postedAt(), p.amount().amount(), p.cardLast4(), p.night(), p.roomNumber(),
                p.articleCode(), p.department() == null ? null : p.department().name(),
                p.net() == null ? null : p.net().amount(), p.vatPercent(), p.vat() == null ? null : p.vat().amount(),
                p.postedBy(), p.reversesId(), reversedBy, p.reason(), p.window(),
                p.complaintId() == null ? null : org.innkeeper.domain.complaint.Complaint.reference(p.complaintId()));
    }

    static org.innkeeper.application.dto.ArticleView article(org.innkeeper.domain.folio.Article a) {
        return new org.innkeeper.application.dto.ArticleView(a.code(), a.name(), a.department().name(), a.vatPercent(),
                a.price(), a.active(), a.systemArticle());
    }
}
