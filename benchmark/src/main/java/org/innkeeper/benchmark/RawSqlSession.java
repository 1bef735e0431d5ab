package org.innkeeper.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link RawSqlScript}s on one JDBC connection of its own, as the server's data source would: no
 * auto-commit (a transaction begins with its first statement), prepared statements kept for the
 * connection's life, ids taken from sequences in blocks as Hibernate's pooled optimizer takes them.
 */
final class RawSqlSession implements AutoCloseable {

    /** Called when a {@code @row} or {@code @rows} result is in, so the driver can derive values from it. */
    interface Listener {
        void read(String name, List<Map<String, Object>> rows, RawSqlValues values);
    }

    /** A block of ids from a sequence: the database's value is the block's highest id (pooled optimizer). */
    private static final class IdBlock {
        long next = 1;
        long last = 0;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, IdBlock> ids = new HashMap<>();
    private final Map<String, Long> increments = new HashMap<>();

    RawSqlSession(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** Runs the script; false when an {@code @expect} failed, the transaction then rolled back (a refusal). */
    boolean run(RawSqlScript script, RawSqlValues values, Listener listener) throws SQLException {
        try {
            for (RawSqlScript.Statement s : script.statements()) {
                if (!execute(s, values, listener)) {
                    connection.rollback();
                    return false;
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private boolean execute(RawSqlScript.Statement s, RawSqlValues values, Listener listener) throws SQLException {
        switch (s.kind()) {
            case COMMIT -> {
                connection.commit();
                return true;
            }
            case CREATE -> {
                if (!values.rows(s.target()).isEmpty()) {
                    return true;
                }
                values.put(s.target() + ".id", nextId(s.sequence()));
            }
            case ID -> values.put(s.target() + ".id", nextId(s.sequence()));
            case EACH -> {
                PreparedStatement ps = prepare(s.sql());
                for (Map<String, Object> row : values.rows(s.target())) {
                    bind(ps, s, values.with(s.target(), row));
                    ps.addBatch();
                }
                ps.executeBatch();
                return true;
            }
            default -> {
            }
        }
        PreparedStatement ps = prepare(s.sql());
        bind(ps, s, values);
        if (!ps.execute()) {
            return s.kind() != RawSqlScript.Kind.EXPECT || ps.getUpdateCount() == ((Number) values.get(s.target())).longValue();
        }
        List<Map<String, Object>> rows = read(ps.getResultSet());
        if (s.kind() == RawSqlScript.Kind.ROW || s.kind() == RawSqlScript.Kind.ROWS) {
            values.keep(s.target(), s.kind() == RawSqlScript.Kind.ROW && rows.size() > 1 ? rows.subList(0, 1) : rows);
            listener.read(s.target(), values.rows(s.target()), values);
        }
        return true;
    }

    private void bind(PreparedStatement ps, RawSqlScript.Statement s, RawSqlValues values) throws SQLException {
        for (int i = 0; i < s.parameters().size(); i++) {
            ps.setObject(i + 1, values.get(s.parameters().get(i)));
        }
    }

    /** Every row, every column read, as the server reads them into entities. */
    private static List<Map<String, Object>> read(ResultSet rs) throws SQLException {
        try (rs) {
            List<Map<String, Object>> rows = new ArrayList<>();
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnLabel(c), rs.getObject(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** The next id of a sequence; a nextval only when the block is used up, as Hibernate does. */
    private long nextId(String sequence) throws SQLException {
        IdBlock block = ids.computeIfAbsent(sequence, k -> new IdBlock());
        if (block.next > block.last) {
            long increment = increments.computeIfAbsent(sequence, this::increment);
            block.last = single("select nextval('" + sequence + "')");
            block.next = block.last - increment + 1;
        }
        return block.next++;
    }

    private long increment(String sequence) {
        try (PreparedStatement ps = connection.prepareStatement("select increment_by from pg_sequences where sequencename = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no sequence " + sequence);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sequence " + sequence, e);
        }
    }

    private long single(String sql) throws SQLException {
        try (ResultSet rs = prepare(sql).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
