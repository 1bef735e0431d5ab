package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.ChangeView;

/**
 * The audit trail: who changed what and when, with the values before and after, for reservations
 * (with their stays), folio postings, rooms, rate plans and their policies, prices, restrictions, the hotel's
 * settings and staff. Written by Hibernate Envers as the changes commit; read here.
 */
@Local
public interface AuditTrailService {

    /** Kinds of record the trail keeps, as {@link ChangeView#kind()} names them. */
    List<String> KINDS = List.of("RESERVATION", "POSTING", "ROOM", "RATE_PLAN", "PRICE", "RESTRICTION",
            "HOTEL_SETTINGS", "STAFF");

    /** The reservation's history (its own fields and its folio's postings), oldest first. */
    List<ChangeView> reservationHistory(String confirmationNumber);

    /**
     * Managers only: the changes made in the hotel's days {@code from} to {@code to} (inclusive; absent: today), newest
     * first, optionally by one actor and of one kind; at most {@code limit} (1..1000).
     */
    List<ChangeView> changes(LocalDate from, LocalDate to, String actor, String kind, int limit);
}
