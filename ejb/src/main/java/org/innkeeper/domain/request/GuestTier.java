package org.innkeeper.domain.request;

import java.util.Locale;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.guest.LoyaltyTier;
import org.innkeeper.domain.shared.InvalidValueException;

/** Which targets a guest's requests get: VIPs, then loyalty members, then everybody else. */
public enum GuestTier {
    VIP, LOYALTY, STANDARD;

    public static GuestTier of(Guest guest) {
        if (guest == null) {
            return STANDARD;
        }
        if (guest.isVip()) {
            return VIP;
        }
        return guest.loyaltyTier() == LoyaltyTier.NONE ? STANDARD : LOYALTY;
    }

    public static GuestTier parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException("tier", "a tier is VIP, LOYALTY or STANDARD");
        }
    }
}
