package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.inventory.InventoryRepository.InventoryNightView;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.rate.StayRestriction;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The search's JDBC reads ({@link SalesSnapshots}) on a data source, as the server runs them: they answer what
 * the JPA repositories answer for the same nights (types, nulls, the departure's restrictions), all of one
 * snapshot on PostgreSQL even when a booking commits in between, and a failed read leaves the connection as it
 * found it.
 */
class SalesSnapshotsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TODAY.plusDays(3);
    private static final LocalDate TO = TODAY.plusDays(8);

    private TestDatabase db;

    private SalesSnapshots open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            em.persist(new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, TODAY));
            RoomType std = new RoomType("STD", "Standard", 2, 0);
            RoomType ste = new RoomType("STE", "Suite", 4, 1);
            em.persist(std);
            em.persist(ste);
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0);
            em.persist(bar);
            for (LocalDate n = TODAY; n.isBefore(TODAY.plusDays(12)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("100.50", "EUR")));
                em.persist(new RoomRate(bar, ste, n, Money.of(String.valueOf(200 + n.getDayOfMonth()), "EUR")));
            }
            StayRestriction min = new StayRestriction(bar, std, FROM.plusDays(1));
            min.restrict(new StayRestriction.Rules(3, null, false, true, false));
            em.persist(min);
            StayRestriction onDeparture = new StayRestriction(bar, ste, TO);
            onDeparture.restrict(new StayRestriction.Rules(null, 7, true, false, true));
            em.persist(onDeparture);
            StayRestriction outside = new StayRestriction(bar, ste, TO.plusDays(1));
            outside.restrict(new StayRestriction.Rules(2, null, false, false, false));
            em.persist(outside);
            Repositories.bind(em).inventory().open(std, TODAY, TODAY.plusDays(12), 5);
            Repositories.bind(em).inventory().open(ste, TODAY, TODAY.plusDays(12), 2);
            return null;
        });
        SalesSnapshots snapshots = new SalesSnapshots();
        snapshots.dataSource = db.dataSource();
        return snapshots;
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void readsWhatTheRepositoriesRead(TestDatabase.Kind kind) {
        SalesSnapshots snapshots = open(kind);
        var jpa = db.inTransaction(em -> {
            Repositories r = Repositories.bind(em);
            return List.of(r.inventory().nights(FROM, TO), r.rates().pricesBetween(FROM, TO),
                    r.rates().restrictionsBetween(FROM, TO), SetupVersion.read(em));
        });
        var jdbc = snapshots.read(sale -> List.of(sale.nights(FROM, TO), sale.pricesBetween(FROM, TO),
                sale.restrictionsBetween(FROM, TO), sale.setupVersion()));

        assertThat(jdbc).isEqualTo(jpa);
        assertThat((List<?>) jdbc.get(0)).hasSize(10);
        assertThat(jdbc.get(2).toString()).as("the departure's own rules and the nulls")
                .contains("maxStay=7", "minStay=3", "minStay=null").doesNotContain("minStay=2");
        assertThat(snapshots.committedSetupVersion()).isEqualTo(jpa.get(3));
    }

    @Test
    void onPostgresqlEveryReadOfOneSearchSeesOneMomentThoughABookingCommitsBetween() {
        SalesSnapshots snapshots = open(TestDatabase.Kind.POSTGRESQL);
        int[] soldSeen = snapshots.read(sale -> {
            int before = soldOn(sale.nights(FROM, TO));
            CompletableFuture.runAsync(() -> db.inTransaction(em -> em.createNativeQuery(
                    "update inventory_night set sold = sold + 1 where night = :night")
                    .setParameter("night", FROM).executeUpdate())).join();
            return new int[] {before, soldOn(sale.nights(FROM, TO))};
        });
        assertThat(soldSeen).as("sold on the first night, before and after the booking committed")
                .containsExactly(0, 0);
        int soldNext = snapshots.read(sale -> soldOn(sale.nights(FROM, TO)));
        assertThat(soldNext).as("the next search sees it (both types' first night)").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aReadThatFailsRollsBackAndHandsTheConnectionBackInAutoCommit(TestDatabase.Kind kind) throws SQLException {
        SalesSnapshots snapshots = open(kind);
        Connection[] used = new Connection[1];
        javax.sql.DataSource plain = db.dataSource();
        snapshots.dataSource = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    used[0] = plain.getConnection();
                    // kept open after the read, as a pool keeps it, so its state can be looked at
                    return java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> m.getName().equals("close") ? null
                                    : m.invoke(used[0], a));
                });

        assertThatThrownBy(() -> snapshots.read(sale -> {
            sale.nights(FROM, TO);
            throw new IllegalArgumentException("the caller's own refusal");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("the caller's own refusal");

        assertThat(used[0].getAutoCommit()).isTrue();
        try (Statement statement = used[0].createStatement()) {
            assertThat(statement.executeQuery("select count(*) from inventory_night").next()).isTrue();
        }
        used[0].close();
    }

    private static int soldOn(List<InventoryNightView> nights) {
        return nights.stream().filter(n -> n.night().equals(FROM)).mapToInt(InventoryNightView::sold).sum();
    }
}
