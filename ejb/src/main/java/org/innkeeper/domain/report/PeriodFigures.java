package org.innkeeper.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.innkeeper.domain.folio.Department;
import org.innkeeper.domain.shared.Money;

/**
 * The frozen figures of the business dates from..to (inclusive) summed, and the manager's KPIs read
 * off the sums with the formulas of DOMAIN.md, each written once: occupancy, ADR and RevPAR in
 * {@link OccupancyFigures}, TRevPAR and ALOS here. A day the night audit did not freeze counts as
 * none: it adds nothing, and {@link #daysFrozen()} says how many of {@link #days()} were frozen.
 * Revenue is net of VAT. Immutable; empty denominators give zero, not an error.
 */
public record PeriodFigures(LocalDate from, LocalDate to, int daysFrozen, long roomsAvailable, long roomsSold,
                            long roomsComplimentary, long roomsHouseUse, long arrivals, long departures,
                            long noShows, long cancellations, long guests, Map<Department, Money> revenue,
                            String currency) {

    public PeriodFigures {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
        if (daysFrozen < 0 || daysFrozen > ChronoUnit.DAYS.between(from, to) + 1) {
            throw new IllegalArgumentException("frozen days must be within the period");
        }
        EnumMap<Department, Money> copy = new EnumMap<>(Department.class);
        revenue.forEach((department, amount) -> {
            if (!amount.currency().equals(currency)) {
                throw new IllegalArgumentException("revenue in " + amount.currency() + ", the period in " + currency);
            }
            copy.put(department, amount);
        });
        revenue = Collections.unmodifiableMap(copy);
    }

    /** A period with nothing frozen yet. */
    public static PeriodFigures empty(LocalDate from, LocalDate to, String currency) {
        return new PeriodFigures(from, to, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), currency);
    }

    /** The period with one more frozen day of it added; a day outside the period is refused. */
    public PeriodFigures plus(DailyStatistics day) {
        if (day.businessDate().isBefore(from) || day.businessDate().isAfter(to)) {
            throw new IllegalArgumentException(day.businessDate() + " is not in " + from + ".." + to);
        }
        EnumMap<Department, Money> sum = new EnumMap<>(Department.class);
        sum.putAll(revenue);
        day.revenue().forEach((department, net) -> sum.merge(department, Money.of(net, currency), Money::plus));
        return new PeriodFigures(from, to, daysFrozen + 1, roomsAvailable + day.roomsAvailable(),
                roomsSold + day.roomsSold(), roomsComplimentary + day.roomsComplimentary(),
                roomsHouseUse + day.roomsHouseUse(), arrivals + day.arrivals(), departures + day.departures(),
                noShows + day.noShows(), cancellations + day.cancellations(), guests + day.guests(), sum, currency);
    }

    /** The frozen days of the period, those outside it left out. */
    public static PeriodFigures of(LocalDate from, LocalDate to, Iterable<DailyStatistics> days, String currency) {
        PeriodFigures figures = empty(from, to, currency);
        for (DailyStatistics day : days) {
            if (!day.businessDate().isBefore(from) && !day.businessDate().isAfter(to)) {
                figures = figures.plus(day);
            }
        }
        return figures;
    }

    /** Calendar days in the period, frozen or not. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Money revenue(Department department) {
        return revenue.getOrDefault(department, Money.zero(currency));
    }

    public Money roomRevenue() {
        return revenue(Department.ROOM);
    }

    /** All departments' revenue (net; the city tax is no revenue and never among them). */
    public Money totalRevenue() {
        return revenue.values().stream().reduce(Money.zero(currency), Money::plus);
    }

    /** Occupancy %, ADR and RevPAR of the period. */
    public OccupancyFigures occupancy() {
        return new OccupancyFigures(roomsAvailable, roomsSold, roomRevenue());
    }

    /** TRevPAR = total revenue / rooms available. */
    public Money trevPar() {
        return roomsAvailable == 0 ? Money.zero(currency) : totalRevenue().dividedBy(roomsAvailable);
    }

    /**
     * ALOS = room nights / reservations. Read off the frozen days as rooms sold / arrivals of the
     * period: the nights sold in the period over the stays that began in it (a stay running across
     * the period's edges counts its nights inside only), to two decimals.
     */
    public BigDecimal alos() {
        if (arrivals == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(roomsSold).divide(BigDecimal.valueOf(arrivals), 2, RoundingMode.HALF_EVEN);
    }
}
