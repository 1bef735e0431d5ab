package org.innkeeper.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.RoomType;

/**
 * The number of the reference data kept in memory (table {@code setup_version}, migration V17): raised in the
 * transaction of every change of a hotel, room type, rate plan or channel ({@link SetupVersionIntegrator}), read
 * by a server to know whether what it holds is still the database's.
 */
public final class SetupVersion {

    /** The entities servers keep in memory: a change of any of them raises the number. */
    static final Set<Class<?>> KEPT_IN_MEMORY = Set.of(Hotel.class, RoomType.class, RatePlan.class, Channel.class);

    private static final String READ = "select version from setup_version where id = 1";
    private static final String RAISE = "update setup_version set version = version + 1 where id = 1";

    private SetupVersion() {
    }

    static boolean keptInMemory(Object entity) {
        for (Class<?> kept : KEPT_IN_MEMORY) {
            if (kept.isInstance(entity)) {
                return true;
            }
        }
        return false;
    }

    /** The number as the caller's transaction sees it (or, outside one, as committed). */
    public static long read(EntityManager em) {
        return ((Number) em.createNativeQuery(READ)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT) // no flush of the caller's other changes first
                .getSingleResult()).longValue();
    }

    /** The number as the connection's transaction sees it (or, in auto-commit, as committed). */
    static long read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ);
             java.sql.ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("setup_version has no row 1: the database is not migrated");
            }
            return row.getLong(1);
        }
    }

    /** Raises the number on the transaction's own connection: the change and the new number commit together. */
    static void raise(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RAISE)) {
            if (update.executeUpdate() != 1) {
                throw new SQLException("setup_version has no row 1: the database is not migrated");
            }
        }
    }
}
