package org.innkeeper.application.internal;

import java.time.LocalDate;

/**
 * Rooms of a type went back on sale for the nights from..to (exclusive): a cancellation, a
 * modification, a lapsed option. Fired inside the transaction that freed them; the waitlist hears
 * of it only once that transaction has committed.
 */
public record RoomsFreed(long roomTypeId, LocalDate from, LocalDate to) {
}
