package org.innkeeper.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawSqlScriptTest {

    @Test
    void parsesParametersDirectivesAndCommits() {
        RawSqlScript script = RawSqlScript.parse("t.sql", """
                -- a comment
                select a::text from t where x=:arrival and y=:room_type.id;
                -- @expect nights
                update t set
                  n = n + :one where d < :departure;
                commit;
                """);
        assertThat(script.statements()).hasSize(3);
        RawSqlScript.Statement select = script.statements().get(0);
        assertThat(select.sql()).isEqualTo("select a::text from t where x=? and y=?");
        assertThat(select.parameters()).containsExactly("arrival", "room_type.id");
        assertThat(select.kind()).isEqualTo(RawSqlScript.Kind.PLAIN);
        RawSqlScript.Statement update = script.statements().get(1);
        assertThat(update.kind()).isEqualTo(RawSqlScript.Kind.EXPECT);
        assertThat(update.target()).isEqualTo("nights");
        assertThat(update.parameters()).containsExactly("one", "departure");
        assertThat(script.statements().get(2).kind()).isEqualTo(RawSqlScript.Kind.COMMIT);
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> RawSqlScript.parse("t.sql", "select 1")).hasMessageContaining("does not end with ';'");
        assertThatThrownBy(() -> RawSqlScript.parse("t.sql", "-- @maybe x\nselect 1;")).hasMessageContaining("@maybe");
        assertThatThrownBy(() -> RawSqlScript.parse("t.sql", "-- @id x\nselect 1;")).hasMessageContaining("2 argument");
        assertThatThrownBy(() -> new RawSqlValues().get("nowhere")).hasMessageContaining(":nowhere");
    }

    @Test
    void theCapturedFilesHoldTheServersTransactions() {
        assertThat(RawSqlChannel.SEARCH.statements()).hasSize(8);
        assertThat(RawSqlChannel.SEARCH.statements().get(2).sql()).startsWith("set transaction isolation level repeatable read");
        assertThat(RawSqlChannel.BOOKING.statements()).hasSize(20);
        assertThat(RawSqlChannel.BOOKING.statements()).noneMatch(s -> s.sql().contains("from hotel"))
                .filteredOn(s -> s.sql().startsWith("select version from setup_version")).hasSize(2);
        assertThat(RawSqlChannel.HOTEL.statements()).first().satisfies(s -> assertThat(s.kind()).isEqualTo(RawSqlScript.Kind.ROW));
        assertThat(RawSqlChannel.BOOKING.statements().stream().filter(s -> s.kind() == RawSqlScript.Kind.EXPECT))
                .singleElement().satisfies(s -> assertThat(s.sql()).contains("(in1_0.sold+?)<=in1_0.sellable"));
    }

    /** Every name booking.sql binds has a value once the rows it reads are in: a re-capture with a new name fails here. */
    @Test
    void everyBookingParameterHasAValue() {
        Channel.Booking booking = new Channel.Booking("DLT", "BAR", LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 12), 2,
                "1234", "Anna", "Smith", "anna.smith@example.com");
        RawSqlValues values = RawSqlChannel.bookingValues(booking, "http://x/", "BENCH");
        Map<String, List<Map<String, Object>>> read = Map.of(
                "hotel", List.of(row("vat_percent", new BigDecimal("7.00"), "city_tax_amount", new BigDecimal("5.00"),
                        "currency", "EUR", "name", "Hotel")),
                "room_type", List.of(row("id", 10L, "name", "Deluxe Twin")),
                "rate_plan", List.of(row("id", 1L, "name", "BAR", "breakfast_included", false, "cancellation_fee", "FIRST_NIGHT",
                        "cancellation_fee_percent", BigDecimal.ZERO, "deposit_percent", BigDecimal.ZERO,
                        "free_cancellation_hours", 24, "guarantee", "NONE", "no_show_fee", "FIRST_NIGHT",
                        "no_show_fee_percent", BigDecimal.ZERO)),
                "guest", List.of(row("id", 2L)),
                "rates", List.of(row("night", LocalDate.of(2027, 2, 10), "amount", new BigDecimal("107.00"), "currency", "EUR"),
                        row("night", LocalDate.of(2027, 2, 11), "amount", new BigDecimal("107.00"), "currency", "EUR")),
                "revision", List.of(row("nextval", 8L)));
        read.forEach(values::keep);
        RawSqlChannel.derive("rate_plan", values.rows("rate_plan"), values);
        RawSqlChannel.derive("rates", values.rows("rates"), values);
        values.put("idempotency.id", 1L).put("reservation.id", 7L).put("outbox.id", 7L);
        for (RawSqlScript.Statement s : RawSqlChannel.BOOKING.statements()) {
            RawSqlValues v = s.kind() == RawSqlScript.Kind.EACH ? values.with(s.target(), values.rows(s.target()).get(0)) : values;
            s.parameters().forEach(v::get);
        }
        assertThat(values.get("room_amount")).isEqualTo(new BigDecimal("200.00"));
        assertThat(values.get("vat_amount")).isEqualTo(new BigDecimal("14.00"));
        assertThat(values.get("total_amount")).isEqualTo(new BigDecimal("224.00"));
        assertThat(values.get("actor")).isEqualTo("channel:BENCH");
        assertThat(values.get("price_source")).as("a plan of its own prices").isEqualTo(1L);
    }

    /** A derived plan (NRF) reads its parent's prices and takes its adjustment off them, as the server prices it. */
    @Test
    void aDerivedPlanIsPricedFromItsParentsRatesWithItsAdjustment() {
        RawSqlValues values = RawSqlChannel.bookingValues(new Channel.Booking("DLT", "NRF", LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 2, 11), 2, "1234", "Anna", "Smith", "anna.smith@example.com"), "http://x/", "BENCH");
        values.keep("rate_plan", List.of(row("id", 2L, "name", "NRF", "parent_id", 1L, "adjustment_percent", new BigDecimal("-10.00"))));
        values.keep("hotel", List.of(row("vat_percent", new BigDecimal("7.00"), "city_tax_amount", new BigDecimal("5.00"),
                "currency", "EUR", "name", "Hotel")));
        values.keep("room_type", List.of(row("id", 10L, "name", "Deluxe Twin")));
        RawSqlChannel.derive("rate_plan", values.rows("rate_plan"), values);
        values.keep("rates", List.of(row("night", LocalDate.of(2027, 2, 10), "amount", new BigDecimal("107.00"), "currency", "EUR")));
        RawSqlChannel.derive("rates", values.rows("rates"), values);

        assertThat(values.get("price_source")).isEqualTo(1L);
        assertThat(values.get("room_amount")).as("96.30 with 7 % VAT in it").isEqualTo(new BigDecimal("90.00"));
        assertThat(values.get("total_amount")).as("96.30 and the city tax").isEqualTo(new BigDecimal("101.30"));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
