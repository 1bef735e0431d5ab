package org.innkeeper.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.reservation.Reservation;

public interface GuestRequestRepository {

    void store(GuestRequest request);

    Optional<GuestRequest> find(long id);

    /** The requests of a stay, newest first. */
    List<GuestRequest> ofReservation(Reservation reservation);

    /** Open requests (of one department, or all with {@code null}), with their stay and guest. */
    List<GuestRequest> open(RequestDepartment department);

    /** Requests logged in [from, to), for the figures. */
    List<GuestRequest> loggedBetween(Instant from, Instant to);

    /** Open requests past a target at {@code at} and not yet at the top of the ladder: the ids. */
    List<Long> escalationCandidates(Instant at);

    /**
     * Raises the request from {@code fromLevel} to {@code toLevel} (and names who it went to) only if
     * it is still at {@code fromLevel}: one conditional UPDATE, so of racing timers exactly one wins.
     */
    boolean escalate(long id, int fromLevel, int toLevel, String to, Instant at);

    /** Who a department's requests escalate to at a level (1 supervisor, 2 duty manager). */
    Optional<EscalationContact> escalationContact(RequestDepartment department, int level);

    void setEscalationContact(RequestDepartment department, int level, EscalationContact contact);

    List<RequestCategory> categories();

    Optional<RequestCategory> category(String code);

    List<RequestTarget> targets();

    Optional<RequestTarget> target(String categoryCode, GuestTier tier);

    void store(StaffNotice notice);

    /** A member of staff's notices, unread first, then newest. */
    List<StaffNotice> notices(String username, int limit);

    Optional<StaffNotice> notice(long id);

    Optional<GuestPageLink> link(String tokenHash);

    /** Replaces the stay's link (the old one stops working). */
    void replaceLink(GuestPageLink link);
}
