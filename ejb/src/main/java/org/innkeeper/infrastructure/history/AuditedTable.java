package org.innkeeper.infrastructure.history;

/** The audited tables (each with its {@code _aud} twin) and the kind of record each holds, as the trail names it. */
public enum AuditedTable {
    RESERVATION("reservation", "id"),
    POSTING("posting", "id"),
    ROOM("room", "id"),
    RATE_PLAN("rate_plan", "id"),
    PRICE("room_rate", "id"),
    RESTRICTION("stay_restriction", "id"),
    HOTEL_SETTINGS("hotel", "id"),
    STAFF("staff_user", "username");

    private final String table;
    private final String key;

    AuditedTable(String table, String key) {
        this.table = table;
        this.key = key;
    }

    public String table() {
        return table;
    }

    /** The column naming the record. */
    public String key() {
        return key;
    }
}
