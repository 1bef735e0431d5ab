package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A complaint to register: about the stay {@code confirmationNumber} (its guest and room are taken from
 * it; {@code roomNumber} only when there is no stay or another room is meant), a {@code category} (ROOM,
 * CLEANLINESS, NOISE, FOOD_AND_BEVERAGE, STAFF, BILLING, MAINTENANCE, OTHER), a {@code severity} (LOW,
 * MEDIUM, HIGH), the {@code source} (DESK, PHONE, EMAIL, API, GUEST_PAGE; SURVEY is the system's) and the
 * guest's own words. {@code guestName} names a guest without a stay.
 */
public record ComplaintRequest(
        @Size(max = 20) String confirmationNumber,
        @Size(max = 10) String roomNumber,
        @Size(max = 200) String guestName,
        @NotBlank @Size(max = 20) String category,
        @NotBlank @Size(max = 10) String severity,
        @Size(max = 12) String source,
        @NotBlank @Size(max = 2000) String guestWords)
        implements Serializable {
}
