package org.innkeeper.application.dto;

import java.io.Serializable;

/** A guest found by a search: enough to tell namesakes apart and open the profile. */
public record GuestSummaryView(
        long id,
        String name,
        String email,
        String phone,
        int vipLevel,
        String loyaltyTier,
        long stays,
        String alert) implements Serializable {
}
