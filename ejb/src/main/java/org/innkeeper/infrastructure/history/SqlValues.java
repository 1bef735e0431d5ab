package org.innkeeper.infrastructure.history;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rows read by plain SQL as column → value, the values as people read them (the same on H2 and PostgreSQL). */
public final class SqlValues {

    private SqlValues() {
    }

    /** A value as text: instants in ISO-8601 UTC, dates, times and exact decimals as written; null stays null. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    /** For JSON: numbers and booleans as they are, everything else as {@link #text}. */
    public static Object json(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value;
        }
        return text(value);
    }

    /** The current row, column names in lower case. */
    public static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        return row;
    }

    /** "?, ?, ?" for the values of an IN list. */
    public static String marks(Collection<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    /** Binds the values from parameter {@code first} on; returns the next parameter's index. */
    public static int bind(PreparedStatement statement, int first, Collection<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            statement.setObject(i++, value);
        }
        return i;
    }

    /** Every row the query answers, its IN lists bound in order. */
    public static List<Map<String, Object>> rows(Connection connection, String sql, List<? extends Collection<?>> inLists)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int next = 1;
            for (Collection<?> values : inLists) {
                next = bind(query, next, values);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }
}
