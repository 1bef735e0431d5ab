package org.innkeeper.infrastructure.history;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Records what a seeder made as one revision, in one {@code insert ... select} per audited table, so the
 * first real change of a seeded record shows its value before. The seeders write unaudited
 * ({@link SeedAwareAuditStrategy#UNAUDITED}) and call this at their end.
 */
public final class AuditBaseline {

    private AuditBaseline() {
    }

    /** Marks the entity manager's transaction as a seed: its changes are not audited one by one. */
    public static void seeding(EntityManager em) {
        em.setProperty(SeedAwareAuditStrategy.UNAUDITED, Boolean.TRUE);
    }

    /** One revision by {@code system} holding every audited row as it is now; returns its number. */
    public static long record(EntityManager em, Instant at) {
        Revision revision = Revision.of(org.innkeeper.application.Actor.SYSTEM, at);
        em.persist(revision);
        em.flush();
        long rev = revision.id();
        em.unwrap(Session.class).doWork(connection -> {
            for (AuditedTable table : AuditedTable.values()) {
                copy(connection, table.table(), rev);
            }
            copy(connection, "staff_role", rev);
        });
        return rev;
    }

    private static void copy(Connection connection, String table, long rev) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement columnsOf = connection.prepareStatement("select * from " + table + "_aud where 1 = 0");
             ResultSet none = columnsOf.executeQuery()) {
            for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
                String column = none.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT);
                if (!column.equals("rev") && !column.equals("rev_type")) {
                    columns.add(column);
                }
            }
        }
        String list = String.join(", ", columns);
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + "_aud (rev, rev_type, "
                + list + ") select ?, 0, " + list + " from " + table)) {
            insert.setLong(1, rev);
            insert.executeUpdate();
        }
    }
}
