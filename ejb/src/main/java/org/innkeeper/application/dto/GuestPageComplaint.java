package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What went wrong, in the guest's own words, from their page: a {@code category} (ROOM, CLEANLINESS, NOISE,
 * FOOD_AND_BEVERAGE, STAFF, BILLING, MAINTENANCE, OTHER). The stay is the link's, never named here.
 */
public record GuestPageComplaint(@NotBlank @Size(max = 20) String category,
                                 @NotBlank @Size(max = 2000) String guestWords) implements Serializable {
}
