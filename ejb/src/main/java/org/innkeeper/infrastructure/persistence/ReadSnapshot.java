package org.innkeeper.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * A read that sees the database as it was at one moment. Under PostgreSQL's default (READ COMMITTED)
 * each statement of a transaction takes a snapshot of its own, so a search reading inventory, then prices,
 * then restrictions could combine three moments (a booking or a price change committed in between). Made
 * the transaction's first statement, {@code SET TRANSACTION ISOLATION LEVEL REPEATABLE READ} gives all of
 * its statements the first one's snapshot, at no cost to writers (a transaction that only reads never
 * conflicts with them). PostgreSQL refuses it after the first query, so it is for transactions of their own.
 * <p>
 * H2, the embedded demo database, has no per-transaction isolation (only a session-wide setting, which
 * would outlive the transaction on a pooled connection): there each statement reads what is committed.
 */
public final class ReadSnapshot {

    private ReadSnapshot() {
    }

    /** On PostgreSQL, makes the current transaction read one snapshot; to be called before its first query. */
    public static void begin(EntityManager em) {
        em.unwrap(Session.class).doWork(connection -> {
            if (takesIsolation(connection)) {
                begin(connection);
            }
        });
    }

    /** Whether the database takes the transaction's isolation as its first statement (PostgreSQL; H2 does not). */
    static boolean takesIsolation(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** Makes the connection's transaction, not yet begun, read one snapshot (on a database that {@link #takesIsolation}). */
    static void begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read");
        }
    }
}
