package org.innkeeper.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values one operation binds: plain names ({@code arrival}) and, once a statement's rows are kept
 * under a name, {@code name.column} from its first row (or from the row an {@code @each} is at).
 */
final class RawSqlValues {

    private final Map<String, Object> values;
    private final Map<String, List<Map<String, Object>>> results;

    RawSqlValues() {
        this(new HashMap<>(), new HashMap<>());
        put("null", null);
        put("zero", 0);
        put("one", 1);
        put("false", Boolean.FALSE);
    }

    private RawSqlValues(Map<String, Object> values, Map<String, List<Map<String, Object>>> results) {
        this.values = values;
        this.results = results;
    }

    RawSqlValues put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    void keep(String name, List<Map<String, Object>> rows) {
        results.put(name, List.copyOf(rows));
    }

    List<Map<String, Object>> rows(String name) {
        return results.getOrDefault(name, List.of());
    }

    /** These values, but {@code name.column} taken from {@code row} (for {@code @each}). */
    RawSqlValues with(String name, Map<String, Object> row) {
        Map<String, List<Map<String, Object>>> one = new HashMap<>(results);
        one.put(name, List.of(row));
        return new RawSqlValues(values, one);
    }

    /** The value of a parameter; an unknown name is an error that names it (a re-capture brought a new one). */
    Object get(String name) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            List<Map<String, Object>> rows = rows(name.substring(0, dot));
            String column = name.substring(dot + 1);
            if (!rows.isEmpty() && rows.get(0).containsKey(column)) {
                return rows.get(0).get(column);
            }
        }
        throw new IllegalArgumentException("no value for :" + name);
    }
}
