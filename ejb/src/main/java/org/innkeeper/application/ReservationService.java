package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CancellationQuoteView;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GroupBookingView;
import org.innkeeper.application.dto.ModificationQuoteView;
import org.innkeeper.application.dto.ModificationRequest;
import org.innkeeper.application.dto.NotificationView;
import org.innkeeper.application.dto.ReservationChangesView;
import org.innkeeper.application.dto.ReservationCriteria;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;

/**
 * Booking, modifying, cancelling and looking up reservations, and the waitlist.
 * <p>
 * {@code channel} is who books: a channel code for the API (whose callers see only their own
 * reservations), or {@link #DESK_PHONE} / {@link #DESK_WALK_IN} for the front desk. A {@code null}
 * viewer in look-ups and changes means hotel staff, who see every reservation. Another channel's
 * reservation is answered as not found.
 */
@Local
public interface ReservationService {

    String DESK_PHONE = "DESK_PHONE";
    String DESK_WALK_IN = "DESK_WALK_IN";

    /**
     * Books one room (confirmed, guaranteed or an option), or raises NoAvailabilityException
     * (nothing left) and books nothing; with {@code waitlist} set, a request that finds nothing left
     * is put on the waitlist instead. Restrictions refused raise a {@code SaleRefusedException}.
     */
    ReservationView book(@NotNull @Valid BookingRequest request, @NotNull String channel);

    /** Books every room of the request or none. */
    GroupBookingView bookGroup(@NotNull @Valid GroupBookingRequest request, @NotNull String channel);

    GroupBookingView findGroup(String reference, String viewerChannel);

    ReservationView find(String confirmationNumber, String viewerChannel);

    /** New dates, room type or party: re-priced and re-checked atomically, all or nothing. */
    ReservationView modify(String confirmationNumber, @NotNull @Valid ModificationRequest change, String viewerChannel);

    /** What cancelling would cost now, to show before the guest confirms. */
    CancellationQuoteView cancellationQuote(String confirmationNumber, String viewerChannel);

    /** Cancels, with the fee of the policy frozen at booking; the rooms go back on sale (and to the waitlist). */
    ReservationView cancel(String confirmationNumber, String viewerChannel);

    /**
     * Staff: the guest did not arrive (from the arrival date on). The no-show fee of the policy frozen
     * at booking is recorded; the rooms of the nights still to come go back on sale (and to the waitlist).
     */
    ReservationView markNoShow(String confirmationNumber);

    /**
     * The night audit closing the arrival date: the same as {@link #markNoShow}, at any hour (the desk may
     * mark a guest due today only from the hotel's no-show hour).
     */
    ReservationView markNoShowClosingDay(String confirmationNumber);

    /** The guest takes up an option (a card where the plan asks for a guarantee). */
    ReservationView confirmOption(String confirmationNumber, String cardLast4, String viewerChannel);

    /** A card guarantees a confirmed booking. */
    ReservationView guarantee(String confirmationNumber, String cardLast4, String viewerChannel);

    /**
     * A channel's own reservations changed at or after {@code since}, oldest change first, at most
     * {@code limit}. Superseded by {@link #changes}: paged by the clock, it can miss a change that
     * commits after a later one was read.
     */
    default List<ReservationView> modifiedSince(@NotNull String channel, @NotNull Instant since, int limit) {
        return modifiedSince(channel, since, null, limit);
    }

    /**
     * The same, after the reservation {@code after} (a confirmation number, or null): to page on, ask
     * again from the last one's {@code modifiedAt} and its confirmation number, so a page full of
     * changes made at one instant is not read again.
     */
    List<ReservationView> modifiedSince(@NotNull String channel, @NotNull Instant since, String after, int limit);

    /**
     * The change feed: a channel's own reservations changed after the cursor (blank: from the start),
     * in commit order, each once in its latest state, at most {@code limit}. A change that commits late
     * still comes, after the cursor it is read with.
     */
    ReservationChangesView changes(@NotNull String channel, String cursor, int limit);

    /**
     * What a change would cost and whether it can be made, without making it: the reservation's own
     * room counts as free on its own nights, as {@link #modify} gives it back before taking the new ones.
     */
    ModificationQuoteView quoteModification(String confirmationNumber, @NotNull @Valid ModificationRequest change,
                                            String viewerChannel);

    /**
     * Staff search: by guest name or confirmation number (either may be blank) and by stay dates
     * overlapping [from, to] (either may be null). At most {@code limit} rows, newest arrival first.
     */
    List<ReservationSummary> search(String text, LocalDate from, LocalDate to, int limit);

    /** Staff search with status and channel as well. */
    List<ReservationSummary> search(ReservationCriteria criteria, int limit);

    /** Waitlisted requests, in the order they will be offered rooms. */
    List<ReservationSummary> waitlist();

    /** The latest messages to guests (rooms offered from the waitlist, options lapsed). */
    List<NotificationView> notifications(int limit);

    /** Releases every option past its expiry and offers the rooms to the waitlist; how many lapsed. */
    int expireOptions();
}
