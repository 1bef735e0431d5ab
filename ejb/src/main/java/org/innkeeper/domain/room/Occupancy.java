package org.innkeeper.domain.room;

/** Front-office status of a room. */
public enum Occupancy {
    VACANT, OCCUPIED
}
