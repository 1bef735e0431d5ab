package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.GuestLinkView;
import org.innkeeper.application.dto.GuestPageRequest;
import org.innkeeper.application.dto.GuestPageView;
import org.innkeeper.application.dto.GuestRequestForm;
import org.innkeeper.application.dto.GuestRequestView;
import org.innkeeper.application.dto.RequestBoardView;
import org.innkeeper.application.dto.RequestCategoryView;
import org.innkeeper.application.dto.RequestFiguresView;
import org.innkeeper.application.dto.RequestTargetForm;
import org.innkeeper.application.dto.RequestTargetView;
import org.innkeeper.application.dto.StaffNoticeView;
import org.innkeeper.domain.request.RequestSource;

/**
 * Guest requests with measured targets: logged by staff, a channel (its own stays only) or the guest's
 * private page; moved open → acknowledged → in progress → resolved (→ reopened) with who and when;
 * escalated when overdue; read as a department's board and as figures.
 */
@Local
public interface GuestRequestService {

    GuestRequestView log(@NotNull @Valid GuestRequestForm form, @NotNull RequestSource source);

    /**
     * A request for the guest in room {@code roomNumber} (housekeeping on the floor knows the room, not the
     * reservation): refused when nobody is in the house in that room.
     */
    GuestRequestView logForRoom(@jakarta.validation.constraints.NotBlank String roomNumber,
                                @jakarta.validation.constraints.NotBlank String category,
                                @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 1000)
                                String description, @NotNull RequestSource source);

    /** A channel logs a request for one of its own reservations; another's is not found. */
    GuestRequestView logForChannel(@NotNull String channel, @NotNull @Valid GuestRequestForm form);

    GuestRequestView request(long id);

    List<GuestRequestView> ofReservation(@NotNull String confirmationNumber);

    GuestRequestView acknowledge(long id);

    GuestRequestView start(long id);

    GuestRequestView resolve(long id, String note);

    GuestRequestView reopen(long id, String reason);

    /** The escalated person (or anyone on it) reports back; kept in the history. */
    GuestRequestView report(long id, String note);

    /** Open requests of a department (all with null), overdue first, and today's figures. */
    RequestBoardView board(String department);

    List<RequestCategoryView> categories();

    List<RequestTargetView> targets();

    /** Managers: the target of a category for a tier. */
    RequestTargetView setTarget(@NotNull @Valid RequestTargetForm form);

    /** The figures of requests logged on these business dates (both included). */
    RequestFiguresView figures(@NotNull LocalDate from, @NotNull LocalDate to);

    /** Escalates every overdue request now, each in a transaction of its own; how many escalated. */
    int escalateOverdue();

    /** As {@link #escalateOverdue()}, as if it were {@code at}: for the demo and tests, never in production. */
    int escalateOverdueAt(@NotNull Instant at);

    /** The current member of staff's notices. */
    List<StaffNoticeView> notices();

    void markNoticeRead(long id);

    /** A new private guest-page link for the stay (the old one stops working); the token is shown only now. */
    GuestLinkView issueGuestLink(@NotNull String confirmationNumber);

    /** The guest page of the link's stay; refused as not found for any unknown, malformed or expired token. */
    GuestPageView guestPage(String token);

    GuestPageView.Line logByGuest(String token, @NotNull @Valid GuestPageRequest request);

    /**
     * The guest tells the hotel what went wrong, on their page: a complaint of their stay (source GUEST_PAGE) for
     * the duty manager; the complaint's reference.
     */
    String complainByGuest(String token, @NotNull @Valid org.innkeeper.application.dto.GuestPageComplaint complaint);
}
