package org.innkeeper.infrastructure.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the audit trail that Envers writes: each audited row of a revision compared with the same
 * record's previous row, field by field, in plain SQL over the {@code *_aud} tables (one query serves every
 * kind of record, where Envers' own reader goes entity by entity).
 */
public final class ChangeLog {

    /** One field of a record, before and after a revision (null: no value, or unknown before the trail began). */
    public record FieldChange(String field, String before, String after) {
    }

    /** One record changed in one revision. {@code action}: ADDED, CHANGED or REMOVED. */
    public record Change(long revision, Instant at, String actor, AuditedTable kind, String key, String label,
                         String action, List<FieldChange> fields) {
    }

    private static final List<String> SKIPPED = List.of("rev", "rev_type", "r_at_ms", "r_actor");
    private static final String[] ACTIONS = {"ADDED", "CHANGED", "REMOVED"};

    private final Connection connection;
    private Map<String, Map<String, String>> names;

    public ChangeLog(Connection connection) {
        this.connection = connection;
    }

    /** Every revision of the given records of one kind, oldest first. */
    public List<Change> of(AuditedTable kind, Collection<?> keys) throws SQLException {
        List<Change> changes = new ArrayList<>();
        if (keys.isEmpty()) {
            return changes;
        }
        try (PreparedStatement rows = connection.prepareStatement(select(kind) + " where a." + kind.key() + " in ("
                + SqlValues.marks(keys) + ") order by a." + kind.key() + ", a.rev")) {
            SqlValues.bind(rows, 1, keys);
            Map<String, Map<String, Object>> previous = new HashMap<>();
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = SqlValues.row(rs);
                    String key = String.valueOf(row.get(kind.key()));
                    Change c = change(kind, row, previous.get(key));
                    previous.put(key, row);
                    if (c != null) {
                        changes.add(c);
                    }
                }
            }
        }
        changes.sort(Comparator.comparingLong(Change::revision));
        return changes;
    }

    /** The changes of a period, newest first: optionally by one actor and of one kind; at most {@code limit}. */
    public List<Change> between(Instant from, Instant to, String actor, AuditedTable only, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (AuditedTable kind : AuditedTable.values()) {
            if (only != null && only != kind) {
                continue;
            }
            String sql = select(kind) + " where r.at_ms >= ? and r.at_ms < ?" + (actor == null ? "" : " and r.actor = ?")
                    + " order by a.rev desc";
            try (PreparedStatement rows = connection.prepareStatement(sql)) {
                rows.setLong(1, from.toEpochMilli());
                rows.setLong(2, to.toEpochMilli());
                if (actor != null) {
                    rows.setString(3, actor);
                }
                rows.setMaxRows(limit);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = SqlValues.row(rs);
                        Change c = change(kind, row, before(kind, row));
                        if (c != null) {
                            changes.add(c);
                        }
                    }
                }
            }
        }
        changes.sort(Comparator.comparingLong(Change::revision).reversed());
        return changes.size() > limit ? new ArrayList<>(changes.subList(0, limit)) : changes;
    }

    private static String select(AuditedTable kind) {
        return "select a.*, r.at_ms as r_at_ms, r.actor as r_actor from " + kind.table() + "_aud a join revision r on r.id = a.rev";
    }

    /** The record's row of the revision before this one, or null. */
    private Map<String, Object> before(AuditedTable kind, Map<String, Object> row) throws SQLException {
        try (PreparedStatement prior = connection.prepareStatement("select a.* from " + kind.table() + "_aud a where a."
                + kind.key() + " = ? and a.rev < ? order by a.rev desc")) {
            prior.setObject(1, row.get(kind.key()));
            prior.setLong(2, ((Number) row.get("rev")).longValue());
            prior.setMaxRows(1);
            try (ResultSet rs = prior.executeQuery()) {
                return rs.next() ? SqlValues.row(rs) : null;
            }
        }
    }

    private Change change(AuditedTable kind, Map<String, Object> row, Map<String, Object> prior) throws SQLException {
        int type = ((Number) row.get("rev_type")).intValue();
        List<FieldChange> fields = new ArrayList<>();
        if (type != 2) {
            for (Map.Entry<String, Object> e : row.entrySet()) {
                String column = e.getKey();
                if (SKIPPED.contains(column) || column.equals(kind.key())) {
                    continue;
                }
                String after = text(column, e.getValue());
                String before = prior == null ? null : text(column, prior.get(column));
                if (type == 0 ? after != null : !Objects.equals(before, after)) {
                    fields.add(new FieldChange(field(column), before, after));
                }
            }
            if (type == 1 && fields.isEmpty()) {
                return null; // only what the trail does not keep changed (the version, a collection)
            }
        }
        return new Change(((Number) row.get("rev")).longValue(), Instant.ofEpochMilli(((Number) row.get("r_at_ms")).longValue()),
                (String) row.get("r_actor"), kind, String.valueOf(row.get(kind.key())), label(kind, row), ACTIONS[type], fields);
    }

    private String label(AuditedTable kind, Map<String, Object> row) throws SQLException {
        return switch (kind) {
            case RESERVATION -> str(row.get("confirmation_number"));
            case POSTING -> str(row.get("description"));
            case ROOM -> str(row.get("room_number"));
            case RATE_PLAN -> str(row.get("code"));
            case PRICE, RESTRICTION -> text("rate_plan_id", row.get("rate_plan_id")) + " "
                    + text("room_type_id", row.get("room_type_id")) + " " + text("night", row.get("night"));
            case HOTEL_SETTINGS -> str(row.get("name"));
            case STAFF -> str(row.get("username"));
        };
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Foreign keys are shown by the code people know (room 204, rate plan BAR), the column without its _id. */
    private static String field(String column) {
        return lookup(column) != null ? column.substring(0, column.length() - 3) : column;
    }

    private static String lookup(String column) {
        return switch (column) {
            case "room_id", "connects_to_id" -> "select id, room_number from room";
            case "room_type_id", "booked_room_type_id" -> "select id, code from room_type";
            case "rate_plan_id", "parent_id" -> "select id, code from rate_plan";
            default -> null;
        };
    }

    private String text(String column, Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        String sql = lookup(column);
        if (sql != null) {
            return names(sql).getOrDefault(value.toString(), value.toString());
        }
        return SqlValues.text(value);
    }

    private Map<String, String> names(String sql) throws SQLException {
        if (names == null) {
            names = new HashMap<>();
        }
        Map<String, String> known = names.get(sql);
        if (known == null) {
            known = new HashMap<>();
            try (PreparedStatement all = connection.prepareStatement(sql); ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getObject(1).toString(), rs.getString(2));
                }
            }
            names.put(sql, known);
        }
        return known;
    }
}
