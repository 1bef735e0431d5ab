package org.innkeeper.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.innkeeper.domain.inventory.InventoryRepository.InventoryNightView;
import org.innkeeper.domain.rate.RateRepository.PlanAndType;
import org.innkeeper.domain.rate.StayRestriction;
import org.innkeeper.domain.shared.Money;

/**
 * The reads of the hottest path, a channel's availability search, in plain JDBC on a local transaction of their
 * own: the setup number, rooms left, prices and restrictions, all of one snapshot of the database (on PostgreSQL
 * REPEATABLE READ, as {@link ReadSnapshot}). A search through JTA, an entity manager and JPQL cost the server
 * several times what PostgreSQL spends on these four statements (docs/benchmarks.md, "REST against raw SQL"); the
 * statements are the ones Hibernate sent for the same reads, so the raw-SQL baseline stays what it measures.
 *
 * <p>For callers that run in no JTA transaction ({@code NOT_SUPPORTED}); rows of entities are not read, only
 * values. Tests bind it to an entity manager ({@link #on}) and read in its transaction.
 */
@ApplicationScoped
public class SalesSnapshots {

    /** One snapshot's reads; valid only inside {@link SalesSnapshots#read}. */
    public interface Snapshot {

        /** The number of the setup held in memory ({@link SetupVersion}), as of this snapshot. */
        long setupVersion();

        /** Rooms of every type on the nights from..to (exclusive), by type and night. */
        List<InventoryNightView> nights(LocalDate from, LocalDate to);

        /** Every plan's own prices per room type on the nights from..to (exclusive). */
        Map<PlanAndType, Map<LocalDate, Money>> pricesBetween(LocalDate from, LocalDate to);

        /** Restrictions per plan and room type on the nights from..to (inclusive: the departure's own rules). */
        Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictionsBetween(LocalDate from, LocalDate to);
    }

    private static final String NIGHTS = "select in1_0.room_type_id,in1_0.night,in1_0.sellable,in1_0.sold"
            + " from inventory_night in1_0 where in1_0.night>=? and in1_0.night<? order by in1_0.room_type_id,in1_0.night";
    private static final String PRICES = "select rr1_0.rate_plan_id,rr1_0.room_type_id,rr1_0.night,rr1_0.amount,"
            + "rr1_0.currency from room_rate rr1_0 where rr1_0.night>=? and rr1_0.night<?";
    private static final String RESTRICTIONS = "select sr1_0.rate_plan_id,sr1_0.room_type_id,sr1_0.night,"
            + "sr1_0.min_stay,sr1_0.max_stay,sr1_0.closed_to_arrival,sr1_0.closed_to_departure,sr1_0.stop_sell"
            + " from stay_restriction sr1_0 where sr1_0.night>=? and sr1_0.night<=?";

    @Resource(lookup = "java:jboss/datasources/InnkeeperDS")
    DataSource dataSource;

    /** Tests: the entity manager whose transaction and connection the reads use instead. */
    private EntityManager joined;

    private volatile Boolean takesIsolation;

    /** For tests: reads in the entity manager's own transaction, on its connection. */
    public static SalesSnapshots on(EntityManager em) {
        SalesSnapshots snapshots = new SalesSnapshots();
        snapshots.joined = em;
        return snapshots;
    }

    /** Runs {@code work} on one snapshot, in a local transaction that only reads, committed before this returns. */
    public <T> T read(Function<Snapshot, T> work) {
        if (joined != null) {
            return joined.unwrap(Session.class).doReturningWork(connection -> work.apply(new Reads(connection)));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (takesIsolation(connection)) {
                    ReadSnapshot.begin(connection);
                }
                T result = work.apply(new Reads(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sales data could not be read", e);
        }
    }

    /** The setup number as committed, read in one auto-committed statement: a channel's API key check. */
    public long committedSetupVersion() {
        if (joined != null) {
            return SetupVersion.read(joined);
        }
        try (Connection connection = dataSource.getConnection()) {
            return SetupVersion.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the setup number could not be read", e);
        }
    }

    /** {@link ReadSnapshot#takesIsolation}, asked once: one database for the server's life. */
    private boolean takesIsolation(Connection connection) throws SQLException {
        Boolean known = takesIsolation;
        if (known == null) {
            known = ReadSnapshot.takesIsolation(connection);
            takesIsolation = known;
        }
        return known;
    }

    private record Reads(Connection connection) implements Snapshot {

        @Override
        public long setupVersion() {
            try {
                return SetupVersion.read(connection);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public List<InventoryNightView> nights(LocalDate from, LocalDate to) {
            List<InventoryNightView> nights = new ArrayList<>();
            try (PreparedStatement query = between(NIGHTS, from, to); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nights.add(new InventoryNightView(rows.getLong(1), rows.getObject(2, LocalDate.class),
                            rows.getInt(3), rows.getInt(4)));
                }
            } catch (SQLException e) {
                throw failed(e);
            }
            return nights;
        }

        @Override
        public Map<PlanAndType, Map<LocalDate, Money>> pricesBetween(LocalDate from, LocalDate to) {
            Map<PlanAndType, Map<LocalDate, Money>> prices = new HashMap<>();
            try (PreparedStatement query = between(PRICES, from, to); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    BigDecimal amount = rows.getBigDecimal(4);
                    prices.computeIfAbsent(new PlanAndType(rows.getLong(1), rows.getLong(2)), k -> new HashMap<>())
                            .put(rows.getObject(3, LocalDate.class), Money.of(amount, rows.getString(5)));
                }
            } catch (SQLException e) {
                throw failed(e);
            }
            return prices;
        }

        @Override
        public Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictionsBetween(LocalDate from, LocalDate to) {
            Map<PlanAndType, Map<LocalDate, StayRestriction.Rules>> restrictions = new HashMap<>();
            try (PreparedStatement query = between(RESTRICTIONS, from, to); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    restrictions.computeIfAbsent(new PlanAndType(rows.getLong(1), rows.getLong(2)), k -> new HashMap<>())
                            .put(rows.getObject(3, LocalDate.class), new StayRestriction.Rules(
                                    rows.getObject(4, Integer.class), rows.getObject(5, Integer.class),
                                    rows.getBoolean(6), rows.getBoolean(7), rows.getBoolean(8)));
                }
            } catch (SQLException e) {
                throw failed(e);
            }
            return restrictions;
        }

        private PreparedStatement between(String sql, LocalDate from, LocalDate to) throws SQLException {
            PreparedStatement query = connection.prepareStatement(sql);
            query.setObject(1, from);
            query.setObject(2, to);
            return query;
        }

        private static IllegalStateException failed(SQLException e) {
            return new IllegalStateException("the sales data could not be read", e);
        }
    }
}
