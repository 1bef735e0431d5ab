package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.innkeeper.application.dto.PriceCalendarView;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.RestrictionChange;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prices and restrictions set for several room types at once, on the real mappings and schema (H2): all or none. */
class SetupServiceTest {

    private TestDatabase db;
    /** A Monday some weeks ahead: the fortnight from it has two Fridays and two Saturdays. */
    private LocalDate monday;

    @BeforeEach
    void hotelWithTwoTypesAndOnePlan() {
        db = TestDatabase.h2();
        monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        db.inTransaction(em -> {
            em.persist(new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.now(ZoneOffset.UTC)));
            em.persist(new RoomType("STD", "Standard Double", 2, 0));
            em.persist(new RoomType("TWN", "Twin", 2, 1));
            em.persist(new RatePlan("BAR", "Best Available Rate", null, 0));
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private PriceChange weekends(String roomType, String amount) {
        return new PriceChange("BAR", roomType, monday, monday.plusDays(13),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), new BigDecimal(amount));
    }

    private PriceCalendarView calendar(String roomType) {
        return db.inTransaction(em -> Services.bind(em).setup().priceCalendar("BAR", roomType, monday, 14));
    }

    private static List<BigDecimal> prices(PriceCalendarView calendar) {
        return calendar.days().stream().map(PriceCalendarView.Day::price).toList();
    }

    @Test
    void pricesForSeveralRoomTypesAreSetTogetherOnTheChosenWeekdaysOnly() {
        int nights = db.inTransaction(em -> Services.bind(em).setup()
                .setPrices(List.of(weekends("STD", "150"), weekends("TWN", "170"))));

        assertThat(nights).isEqualTo(8);
        PriceCalendarView std = calendar("STD");
        PriceCalendarView twn = calendar("TWN");
        // Friday and Saturday of both weeks (days 4, 5, 11, 12), nothing on the other days
        for (int day = 0; day < 14; day++) {
            boolean weekend = day % 7 == 4 || day % 7 == 5;
            if (weekend) {
                assertThat(prices(std).get(day)).as("STD day %d", day).isEqualByComparingTo("150");
                assertThat(prices(twn).get(day)).as("TWN day %d", day).isEqualByComparingTo("170");
            } else {
                assertThat(prices(std).get(day)).as("STD day %d", day).isNull();
                assertThat(prices(twn).get(day)).as("TWN day %d", day).isNull();
            }
        }
    }

    @Test
    void oneRefusedChangeLeavesTheOthersUnsaved() {
        assertThatThrownBy(() -> db.inTransaction(em -> Services.bind(em).setup()
                .setPrices(List.of(weekends("STD", "150"), weekends("TWN", "-5")))))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("amount"));

        assertThat(prices(calendar("STD"))).containsOnlyNulls();
        assertThat(prices(calendar("TWN"))).containsOnlyNulls();
    }

    private RestrictionChange minStay(String roomType, Integer min, Integer max) {
        return new RestrictionChange("BAR", roomType, monday, monday.plusDays(6), EnumSet.allOf(DayOfWeek.class),
                min, max, false, false, false);
    }

    @Test
    void restrictionsForSeveralRoomTypesAreSetTogether() {
        int set = db.inTransaction(em -> Services.bind(em).setup()
                .setRestrictions(List.of(minStay("STD", 3, null), minStay("TWN", 2, 5))));

        assertThat(set).isEqualTo(14);
        assertThat(calendar("STD").days()).allSatisfy(d -> assertThat(d.minStay())
                .isEqualTo(d.date().isAfter(monday.plusDays(6)) ? null : 3));
        assertThat(calendar("TWN").days().get(0).maxStay()).isEqualTo(5);
    }

    @Test
    void oneRefusedRestrictionLeavesTheOthersUnsaved() {
        assertThatThrownBy(() -> db.inTransaction(em -> Services.bind(em).setup()
                .setRestrictions(List.of(minStay("STD", 3, null), minStay("TWN", 5, 2)))))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("maxStay"));

        assertThat(calendar("STD").days()).allSatisfy(d -> assertThat(d.minStay()).isNull());
    }
}
