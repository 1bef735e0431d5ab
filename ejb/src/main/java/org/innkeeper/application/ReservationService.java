package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.application.dto.ReservationView;

/**
 * Booking, looking up and cancelling reservations.
 * <p>
 * {@code channel} is who books: a channel code for the API (whose callers see only their own
 * reservations), or {@link #DESK_PHONE} / {@link #DESK_WALK_IN} for the front desk. A {@code null}
 * viewer in look-ups means hotel staff, who see every reservation.
 */
@Local
public interface ReservationService {

    String DESK_PHONE = "DESK_PHONE";
    String DESK_WALK_IN = "DESK_WALK_IN";

    /** Books one room, or raises NoAvailabilityException (nothing left) and books nothing. */
    ReservationView book(@NotNull @Valid BookingRequest request, @NotNull String channel);

    ReservationView find(String confirmationNumber, String viewerChannel);

    ReservationView cancel(String confirmationNumber, String viewerChannel);

    /**
     * Staff search: by guest name or confirmation number (either may be blank) and by stay dates
     * overlapping [from, to] (either may be null). At most {@code limit} rows, newest arrival first.
     */
    List<ReservationSummary> search(String text, LocalDate from, LocalDate to, int limit);
}
