package org.innkeeper.application.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * What the desk changes on a guest's profile. A field left out (null) stays as it is; an empty text
 * or an empty list of preferences clears it. {@code preferences}: room features (NON_SMOKING, SMOKING,
 * QUIET, ACCESSIBLE, BATHTUB, SHOWER, RIVER_VIEW, CITY_VIEW); {@code vipLevel} 0 (none) to 3;
 * {@code loyaltyTier} NONE, SILVER, GOLD or PLATINUM; {@code language} en or ru.
 */
public record GuestProfileRequest(
        @Email @Size(max = 200) String email,
        @Size(max = 40) String phone,
        @Pattern(regexp = "|en|ru|EN|RU", message = "the hotel writes to guests in en or ru") String language,
        @Min(0) @Max(3) Integer vipLevel,
        @Size(max = 10) String loyaltyTier,
        @Size(max = 8) List<@Size(max = 20) String> preferences,
        @Min(0) @Max(200) Integer preferredFloor,
        @Size(max = 60) String pillow,
        @Size(max = 200) String allergies,
        @Size(max = 500) String preferenceNote,
        @Size(max = 2000) String notes,
        @Size(max = 300) String alert) implements Serializable {
}
