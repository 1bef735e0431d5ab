package org.innkeeper.domain.rate;

/** How a cancellation or no-show fee is worked out from the stay's price as confirmed. */
public enum FeeBasis {
    /** No fee. */
    NONE,
    /** The first night, taxes included. */
    FIRST_NIGHT,
    /** A percentage of the whole stay's total. */
    PERCENT,
    /** The whole stay. */
    FULL_STAY
}
