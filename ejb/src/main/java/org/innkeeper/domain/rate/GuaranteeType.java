package org.innkeeper.domain.rate;

/** What the hotel asks for to hold a booking under a rate plan. */
public enum GuaranteeType {
    /** Nothing: the booking is confirmed as it is. */
    NONE,
    /** A card (only its last four digits are kept): the booking is guaranteed. */
    CARD,
    /** A deposit, a percentage of the total, due at booking. */
    DEPOSIT
}
