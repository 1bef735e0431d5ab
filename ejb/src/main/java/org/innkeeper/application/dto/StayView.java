package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A stay as the desk works with it (staff only): the reservation's dates, room and price, the
 * registration (identity, companions, keys, deposit), who checked the guest in, an upgrade, and the
 * history of what was done. The {@code can...} flags say what the desk may do today.
 */
public record StayView(
        String confirmationNumber,
        String status,
        long guestId,
        String guestName,
        String roomType,
        String roomTypeName,
        String bookedRoomType,
        boolean upgraded,
        String ratePlan,
        LocalDate arrival,
        LocalDate departure,
        int nights,
        int adults,
        int children,
        BigDecimal total,
        String currency,
        String roomNumber,
        LocalTime eta,
        String documentType,
        String documentNumber,
        String nationality,
        LocalDate birthDate,
        List<CompanionView> companions,
        int keysIssued,
        BigDecimal deposit,
        String depositKind,
        boolean earlyCheckIn,
        Instant checkedInAt,
        String checkedInBy,
        List<EventView> history,
        boolean canCheckIn,
        boolean canUndoCheckIn,
        boolean canMove,
        boolean canExtend,
        boolean canShorten) implements Serializable {

    public record CompanionView(String firstName, String lastName, String documentType, String documentNumber,
                                String nationality, LocalDate birthDate) implements Serializable {
    }

    public record EventView(String kind, LocalDate businessDate, Instant at, String by, String detail)
            implements Serializable {
    }
}
