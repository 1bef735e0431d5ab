package org.innkeeper.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An availability search reads prices and inventory by a span of nights across all room types and
 * plans: the database must find those rows by night, not scan the tables (the benchmark's
 * profile showed the scans; docs/benchmarks.md). Checked on H2's query plans.
 */
class SaleWindowIndexTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.h2();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private String plan(String sql) {
        List<?> rows = db.inTransaction(em -> em.createNativeQuery("explain " + sql).getResultList());
        return rows.get(0).toString().toLowerCase();
    }

    @Test
    void pricesForASpanOfNightsAreFoundByNight() {
        assertThat(plan("select rate_plan_id, room_type_id, night, amount from room_rate"
                + " where night >= date '2027-03-01' and night < date '2027-03-04'"))
                .contains("room_rate_night_idx");
    }

    @Test
    void inventoryForASpanOfNightsIsFoundByNight() {
        assertThat(plan("select room_type_id, night, sellable, sold from inventory_night"
                + " where night >= date '2027-03-01' and night < date '2027-03-04'"))
                .contains("inventory_night_night_idx");
    }
}
