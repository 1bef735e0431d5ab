package org.innkeeper.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventoryTest {

    private static final LocalDate D1 = LocalDate.of(2027, 3, 1);
    private static final LocalDate D2 = D1.plusDays(1);

    private static Inventory grid(int sold1, int sold2) {
        Inventory i = new Inventory();
        i.put("STD", D1, new Inventory.Night(25, Math.max(0, 25 - sold1), sold1));
        i.put("STD", D2, new Inventory.Night(25, Math.max(0, 25 - sold2), sold2));
        return i;
    }

    @Test
    void holdsWhenRoomsSoldAreWhatWasBooked() {
        assertThat(Inventory.violations(grid(1, 0), grid(3, 2), Map.of("STD", Map.of(D1, 2, D2, 2)))).isEmpty();
        assertThat(Inventory.violations(grid(0, 0), grid(25, 25), Map.of("STD", Map.of(D1, 25, D2, 25)))).isEmpty();
    }

    @Test
    void anOversoldNightIsReported() {
        assertThat(Inventory.violations(grid(0, 0), grid(26, 0), Map.of("STD", Map.of(D1, 26))))
                .singleElement().asString().contains("STD " + D1).contains("oversold");
    }

    @Test
    void roomsSoldThatNobodyBookedOrBookingsNotSoldAreReported() {
        assertThat(Inventory.violations(grid(0, 0), grid(2, 0), Map.of("STD", Map.of(D1, 1))))
                .singleElement().asString().contains("2 rooms sold during the run").contains("booked 1");
        assertThat(Inventory.violations(grid(0, 0), grid(0, 1), Map.of("STD", Map.of(D2, 2))))
                .singleElement().asString().contains("STD " + D2);
        assertThat(Inventory.violations(grid(0, 0), grid(0, 0), Map.of("SUP", Map.of(D1, 1))))
                .singleElement().asString().contains("SUP " + D1).contains("does not show");
    }

    @Test
    void reservationsHeldMustBeExactlyThoseConfirmed() {
        assertThat(Inventory.reservationViolations(Set.of("A", "B"), Set.of("B", "A"))).isEmpty();
        assertThat(Inventory.reservationViolations(Set.of("A", "B"), Set.of("A")))
                .singleElement().asString().contains("1 reservations confirmed").contains("B");
        assertThat(Inventory.reservationViolations(Set.of("A"), Set.of("A", "C")))
                .singleElement().asString().contains("never confirmed").contains("C");
    }
}
