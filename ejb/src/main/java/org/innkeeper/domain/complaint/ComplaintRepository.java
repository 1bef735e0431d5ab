package org.innkeeper.domain.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ComplaintRepository {

    void store(Complaint complaint);

    Optional<Complaint> find(long id);

    /** Locked for the change (two clerks resolving at once: one wins). */
    Optional<Complaint> findForUpdate(long id);

    /** Complaints taken before {@code before} about the room (within {@code since}) or from the guest: repeat candidates. */
    List<Complaint> earlier(String roomNumber, Long guestId, Instant since, Instant before);

    /** Newest first; null status: all. */
    List<Complaint> latest(ComplaintStatus status, int limit);

    List<Complaint> ofGuest(long guestId);

    List<Complaint> ofReservation(long reservationId);

    /** Resolved ones whose follow-up is due by {@code by}, the most overdue first. */
    List<Complaint> followUpsDue(Instant by);

    /** The repeats, newest first. */
    List<Complaint> repeats(int limit);

    /** Taken in [from, to). */
    List<Complaint> takenBetween(Instant from, Instant to);

    StandardResolution standard(ComplaintCategory category);

    List<StandardResolution> standards();
}
