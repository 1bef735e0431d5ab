package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A guest due in, as the arrivals board shows them: who they are (VIP level, loyalty tier, a
 * returning guest and how many stays, preferences, the alert to read at check-in), what they booked,
 * how it is secured ({@code guarantee}: GUARANTEED with a card, DEPOSIT due, or NONE), the room given
 * and its state. {@code ready}: a room is assigned, vacant, and clean or inspected. {@code queuePosition}:
 * the guest's place among those waiting at the desk for a room (null if not waiting).
 */
public record ArrivalView(
        String confirmationNumber,
        String status,
        long guestId,
        String guestName,
        int vipLevel,
        String loyaltyTier,
        int pastStays,
        List<String> preferences,
        String preferenceNote,
        String alert,
        String roomType,
        String roomTypeName,
        String bookedRoomType,
        String ratePlan,
        LocalDate arrival,
        LocalDate departure,
        int nights,
        int adults,
        int children,
        LocalTime eta,
        String guarantee,
        String guaranteeCardLast4,
        BigDecimal depositDue,
        String currency,
        String roomNumber,
        String roomOccupancy,
        String roomHousekeeping,
        boolean ready,
        Instant queuedAt,
        Integer queuePosition,
        String bookingReference,
        String channel) implements Serializable {
}
