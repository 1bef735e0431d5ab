package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A guest as the desk knows them: contacts, language, VIP level and loyalty tier, wishes (room
 * features, floor, pillow, allergies, a note), the hotel's notes and the alert shown at check-in,
 * and every stay with its dates, room type, status and revenue. {@code stays} counts the stays that
 * happened (in house or checked out); {@code totalRevenue} sums the revenue of all of them.
 * {@code mergedIntoId}: the profile this one was merged into (then read that one).
 */
public record GuestProfileView(
        long id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String language,
        int vipLevel,
        String loyaltyTier,
        List<String> preferences,
        Integer preferredFloor,
        String pillow,
        String allergies,
        String preferenceNote,
        String notes,
        String alert,
        String nationality,
        LocalDate birthDate,
        Long mergedIntoId,
        Instant createdAt,
        String changedBy,
        Instant changedAt,
        int stays,
        BigDecimal totalRevenue,
        String currency,
        List<Stay> history) implements Serializable {

    /** Been here before: at least one stay that happened. */
    public boolean returning() {
        return stays > 0;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /**
     * One reservation of the guest. {@code revenue}: the stay's total (room, VAT, city tax) for a
     * stay that happened, the fee charged for a cancellation or no-show, null for one yet to come.
     */
    public record Stay(
            String confirmationNumber,
            String status,
            LocalDate arrival,
            LocalDate departure,
            int nights,
            String roomType,
            String roomTypeName,
            String roomNumber,
            String channel,
            BigDecimal revenue,
            String currency) implements Serializable {
    }
}
