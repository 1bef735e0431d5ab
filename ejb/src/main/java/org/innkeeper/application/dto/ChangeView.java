package org.innkeeper.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One record changed in one transaction, from the audit trail: when, who (staff user name,
 * {@code channel:CODE} or {@code system}), which kind of record (RESERVATION, POSTING, ROOM, RATE_PLAN, PRICE,
 * RESTRICTION, HOTEL_SETTINGS, STAFF) and which one, ADDED / CHANGED / REMOVED, and each field before and after.
 */
public record ChangeView(long revision, Instant at, String actor, String kind, String record, String label,
                         String action, List<Field> fields) implements Serializable {

    /** A field before and after (null: no value, or not known because the trail began later). */
    public record Field(String name, String before, String after) implements Serializable {
    }
}
