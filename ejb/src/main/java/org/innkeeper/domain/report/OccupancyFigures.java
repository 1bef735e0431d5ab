package org.innkeeper.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.innkeeper.domain.shared.Money;

/**
 * The manager's room KPIs for a day or a period, with the formulas of DOMAIN.md written once:
 * occupancy % = RS / RA × 100, ADR = room revenue / RS, RevPAR = room revenue / RA.
 * Room revenue is net of tax. Empty denominators give zero, not an error.
 */
public record OccupancyFigures(long roomsAvailable, long roomsSold, Money roomRevenue) {

    public OccupancyFigures {
        if (roomsAvailable < 0 || roomsSold < 0) {
            throw new IllegalArgumentException("room counts cannot be negative");
        }
    }

    public BigDecimal occupancyPercent() {
        if (roomsAvailable == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(roomsSold).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(roomsAvailable), 2, RoundingMode.HALF_EVEN);
    }

    public Money adr() {
        return roomsSold == 0 ? Money.zero(roomRevenue.currency()) : roomRevenue.dividedBy(roomsSold);
    }

    public Money revPar() {
        return roomsAvailable == 0 ? Money.zero(roomRevenue.currency()) : roomRevenue.dividedBy(roomsAvailable);
    }

    /** The figures of two periods together (sums, then the same formulas). */
    public OccupancyFigures plus(OccupancyFigures other) {
        return new OccupancyFigures(roomsAvailable + other.roomsAvailable, roomsSold + other.roomsSold,
                roomRevenue.plus(other.roomRevenue));
    }
}
