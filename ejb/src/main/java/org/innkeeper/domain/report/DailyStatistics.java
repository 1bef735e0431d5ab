package org.innkeeper.domain.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.innkeeper.domain.folio.Department;

/**
 * The figures of one business date as the night audit froze them. Reports read these and never
 * recompute a closed day. Immutable.
 */
@Entity
@Table(name = "daily_statistics")
public class DailyStatistics {

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(name = "rooms_total", nullable = false)
    private int roomsTotal;
    @Column(name = "rooms_out_of_order", nullable = false)
    private int roomsOutOfOrder;
    @Column(name = "rooms_available", nullable = false)
    private int roomsAvailable;
    @Column(name = "rooms_sold", nullable = false)
    private int roomsSold;
    @Column(name = "rooms_complimentary", nullable = false)
    private int roomsComplimentary;
    @Column(name = "rooms_house_use", nullable = false)
    private int roomsHouseUse;
    @Column(nullable = false)
    private int arrivals;
    @Column(nullable = false)
    private int departures;
    @Column(name = "no_shows", nullable = false)
    private int noShows;
    @Column(nullable = false)
    private int cancellations;
    @Column(nullable = false)
    private int guests;
    @Column(name = "room_revenue", nullable = false, precision = 14, scale = 2)
    private BigDecimal roomRevenue;
    @Column(name = "fnb_revenue", nullable = false, precision = 14, scale = 2)
    private BigDecimal fnbRevenue;
    @Column(name = "other_revenue", nullable = false, precision = 14, scale = 2)
    private BigDecimal otherRevenue;
    /** The nights of stays that came, at their booked prices: the occupancy report's sales of the day. */
    @Column(name = "booked_nights_sold", nullable = false)
    private int bookedNightsSold;
    @Column(name = "booked_room_revenue", nullable = false, precision = 14, scale = 2)
    private BigDecimal bookedRoomRevenue = BigDecimal.ZERO;
    @Column(nullable = false, length = 3)
    private String currency;
    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    /** Revenue net of VAT by department. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "daily_revenue", joinColumns = @JoinColumn(name = "business_date"))
    @MapKeyColumn(name = "department")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "net", nullable = false, precision = 14, scale = 2)
    private Map<Department, BigDecimal> revenue = new EnumMap<>(Department.class);

    protected DailyStatistics() {
    }

    /** The counts of a day. */
    public record Counts(int roomsTotal, int roomsOutOfOrder, int roomsSold, int roomsComplimentary,
                         int roomsHouseUse, int arrivals, int departures, int noShows, int cancellations,
                         int guests) {
    }

    /** The occupancy report's sales of a night: the nights of stays that came, at their booked prices. */
    public record BookedSales(int nightsSold, BigDecimal roomRevenue) {
        public static final BookedSales NONE = new BookedSales(0, BigDecimal.ZERO);
    }

    public DailyStatistics(LocalDate businessDate, Counts counts, Map<Department, BigDecimal> revenueByDepartment,
                           String currency, Instant frozenAt) {
        this(businessDate, counts, BookedSales.NONE, revenueByDepartment, currency, frozenAt);
    }

    public DailyStatistics(LocalDate businessDate, Counts counts, BookedSales booked,
                           Map<Department, BigDecimal> revenueByDepartment, String currency, Instant frozenAt) {
        this.businessDate = businessDate;
        this.bookedNightsSold = booked.nightsSold();
        this.bookedRoomRevenue = booked.roomRevenue();
        this.roomsTotal = counts.roomsTotal();
        this.roomsOutOfOrder = counts.roomsOutOfOrder();
        this.roomsAvailable = Math.max(0, counts.roomsTotal() - counts.roomsOutOfOrder());
        this.roomsSold = counts.roomsSold();
        this.roomsComplimentary = counts.roomsComplimentary();
        this.roomsHouseUse = counts.roomsHouseUse();
        this.arrivals = counts.arrivals();
        this.departures = counts.departures();
        this.noShows = counts.noShows();
        this.cancellations = counts.cancellations();
        this.guests = counts.guests();
        this.currency = currency;
        this.frozenAt = frozenAt;
        BigDecimal room = BigDecimal.ZERO;
        BigDecimal fnb = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        for (Map.Entry<Department, BigDecimal> e : revenueByDepartment.entrySet()) {
            if (!e.getKey().isRevenue() || e.getValue().signum() == 0) {
                continue;
            }
            revenue.put(e.getKey(), e.getValue());
            switch (e.getKey()) {
                case ROOM -> room = room.add(e.getValue());
                case FNB -> fnb = fnb.add(e.getValue());
                default -> other = other.add(e.getValue());
            }
        }
        this.roomRevenue = room;
        this.fnbRevenue = fnb;
        this.otherRevenue = other;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public int roomsTotal() {
        return roomsTotal;
    }

    public int roomsOutOfOrder() {
        return roomsOutOfOrder;
    }

    public int roomsAvailable() {
        return roomsAvailable;
    }

    public int roomsSold() {
        return roomsSold;
    }

    public int roomsComplimentary() {
        return roomsComplimentary;
    }

    public int roomsHouseUse() {
        return roomsHouseUse;
    }

    public int arrivals() {
        return arrivals;
    }

    public int departures() {
        return departures;
    }

    public int noShows() {
        return noShows;
    }

    public int cancellations() {
        return cancellations;
    }

    public int guests() {
        return guests;
    }

    public BigDecimal roomRevenue() {
        return roomRevenue;
    }

    public BigDecimal fnbRevenue() {
        return fnbRevenue;
    }

    public BigDecimal otherRevenue() {
        return otherRevenue;
    }

    public BigDecimal totalRevenue() {
        return roomRevenue.add(fnbRevenue).add(otherRevenue);
    }

    public Map<Department, BigDecimal> revenue() {
        return java.util.Collections.unmodifiableMap(revenue);
    }

    public String currency() {
        return currency;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public BookedSales bookedSales() {
        return new BookedSales(bookedNightsSold, bookedRoomRevenue);
    }
}
