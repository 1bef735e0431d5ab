package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innkeeper.domain.folio.Article;
import org.innkeeper.domain.folio.Department;
import org.innkeeper.domain.folio.PostingType;
import org.innkeeper.domain.report.DailyStatistics;
import org.innkeeper.domain.report.OnTheBooks;
import org.innkeeper.domain.report.StatisticsRepository;
import org.innkeeper.domain.reservation.ReservationRepository.NightSales;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.room.RoomBlockKind;

@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DailyStatistics> day(LocalDate businessDate) {
        return Optional.ofNullable(em.find(DailyStatistics.class, businessDate));
    }

    @Override
    public List<DailyStatistics> between(LocalDate from, LocalDate to) {
        // the revenue by department in the same read: one query for a year, not one more per day
        return em.createQuery("select s from DailyStatistics s left join fetch s.revenue"
                        + " where s.businessDate between :f and :t"
                        + " order by s.businessDate", DailyStatistics.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<NightSales> frozenSalesBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select s.businessDate, s.bookedNightsSold, s.bookedRoomRevenue, s.currency"
                        + " from DailyStatistics s where s.businessDate between :f and :t order by s.businessDate",
                        Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultStream()
                .map(row -> new NightSales((LocalDate) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2],
                        (String) row[3]))
                .toList();
    }

    @Override
    public DailyStatistics compute(LocalDate d, ZoneId zone, String currency, Instant at) {
        return computeDays(d, d, zone, currency, day -> at).get(0);
    }

    /**
     * The figures of each day from {@code from} to {@code to}, read in one query per kind of fact for the whole
     * span (the night audit asks for one day, the demo for its year): the same counts either way.
     */
    @Override
    public List<DailyStatistics> computeDays(LocalDate from, LocalDate to, ZoneId zone, String currency,
                                             java.util.function.Function<LocalDate, Instant> closedAt) {
        Instant spanStart = from.atStartOfDay(zone).toInstant();
        Instant spanEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        int roomsTotal = count(em.createQuery("select count(r) from Room r", Long.class).getSingleResult());
        List<Object[]> blocks = em.createQuery("select b.from, b.to from RoomBlock b where b.kind = :ooo"
                        + " and b.from <= :t and b.to > :f", Object[].class)
                .setParameter("ooo", RoomBlockKind.OUT_OF_ORDER).setParameter("f", from).setParameter("t", to)
                .getResultList();
        // the room nights posted for the night and not reversed: sold, or at zero complimentary (given to a
        // guest) or house use (the hotel's own)
        Map<LocalDate, int[]> nights = new java.util.HashMap<>();
        em.createQuery("select p.night, p.amount.amount, f.reservation.adults + f.reservation.children,"
                        + " f.reservation.houseUse from Folio f join f.postings p"
                        + " where p.articleCode = :room and p.night between :f and :t and p.reversesId is null"
                        + " and not exists (select x from Posting x where x.reversesId = p.id)", Object[].class)
                .setParameter("room", Article.ROOM).setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(row -> {
                    int[] n = nights.computeIfAbsent((LocalDate) row[0], k -> new int[4]); // sold, comp, house, guests
                    n[((BigDecimal) row[1]).signum() > 0 ? 0 : Boolean.TRUE.equals(row[3]) ? 2 : 1]++;
                    n[3] += ((Number) row[2]).intValue();
                });
        Map<LocalDate, Integer> arrivals = byDate(em.createQuery("select r.checkedInOn, count(r) from Reservation r"
                + " where r.checkedInOn between :f and :t group by r.checkedInOn", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList());
        Map<LocalDate, Integer> noShows = byDate(em.createQuery("select r.stay.arrival, count(r) from Reservation r"
                        + " where r.status = :ns and r.stay.arrival between :f and :t group by r.stay.arrival", Object[].class)
                .setParameter("ns", ReservationStatus.NO_SHOW).setParameter("f", from).setParameter("t", to)
                .getResultList());
        Map<LocalDate, Integer> departures = byDay(em.createQuery("select r.checkedOutAt from Reservation r"
                        + " where r.status = :out and r.checkedOutAt >= :s and r.checkedOutAt < :e", Instant.class)
                .setParameter("out", ReservationStatus.CHECKED_OUT).setParameter("s", spanStart)
                .setParameter("e", spanEnd).getResultList(), zone);
        Map<LocalDate, Integer> cancellations = byDay(em.createQuery("select r.cancelledAt from Reservation r"
                        + " where r.status = :c and r.cancelledAt >= :s and r.cancelledAt < :e", Instant.class)
                .setParameter("c", ReservationStatus.CANCELLED).setParameter("s", spanStart)
                .setParameter("e", spanEnd).getResultList(), zone);
        Map<LocalDate, Map<Department, BigDecimal>> revenue = new java.util.HashMap<>();
        em.createQuery("select p.businessDate, p.department, sum(p.net) from Posting p"
                        + " where p.businessDate between :f and :t and p.type <> :payment and p.department is not null"
                        + " group by p.businessDate, p.department", Object[].class)
                .setParameter("f", from).setParameter("t", to).setParameter("payment", PostingType.PAYMENT)
                .getResultList().forEach(row -> revenue.computeIfAbsent((LocalDate) row[0],
                        k -> new EnumMap<>(Department.class)).put((Department) row[1], (BigDecimal) row[2]));
        // the occupancy report's sales of each night, as it computes them once the day is closed (a business
        // date after the span: only the stays that came count)
        Map<LocalDate, DailyStatistics.BookedSales> booked = new java.util.HashMap<>();
        JpaReservationRepository.salesBetween(em, from, to, to.plusDays(1)).forEach(s -> booked.put(s.night(),
                new DailyStatistics.BookedSales((int) s.roomsSold(), s.revenue())));
        List<DailyStatistics> days = new java.util.ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            int outOfOrder = (int) blocks.stream().filter(b -> !((LocalDate) b[0]).isAfter(day)
                    && ((LocalDate) b[1]).isAfter(day)).count();
            int[] n = nights.getOrDefault(d, new int[4]);
            days.add(new DailyStatistics(d, new DailyStatistics.Counts(roomsTotal, outOfOrder, n[0], n[1], n[2],
                    arrivals.getOrDefault(d, 0), departures.getOrDefault(d, 0), noShows.getOrDefault(d, 0),
                    cancellations.getOrDefault(d, 0), n[3]), booked.getOrDefault(d, DailyStatistics.BookedSales.NONE),
                    revenue.getOrDefault(d, new EnumMap<>(Department.class)), currency, closedAt.apply(d)));
        }
        return days;
    }

    private static Map<LocalDate, Integer> byDate(List<Object[]> rows) {
        Map<LocalDate, Integer> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((LocalDate) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** Moments counted by the hotel's day they fall on. */
    private static Map<LocalDate, Integer> byDay(List<Instant> moments, ZoneId zone) {
        Map<LocalDate, Integer> counts = new java.util.HashMap<>();
        moments.forEach(m -> counts.merge(LocalDate.ofInstant(m, zone), 1, Integer::sum));
        return counts;
    }

    private static int count(Long n) {
        return n == null ? 0 : n.intValue();
    }

    @Override
    public void store(DailyStatistics statistics) {
        em.persist(statistics);
    }

    @Override
    public int snapshotOnTheBooks(LocalDate snapshot) {
        Long done = em.createQuery("select count(o) from OnTheBooks o where o.key.snapshotDate = :s", Long.class)
                .setParameter("s", snapshot).getSingleResult();
        if (done != null && done > 0) {
            return 0;
        }
        // One grouped read of the nights held by reservations, then one row per night.
        List<Object[]> rows = em.createQuery("select n.night, count(r), sum(n.price.amount) from Reservation r"
                        + " join r.nights n where r.status in :holding and n.night > :s and n.night <= :e"
                        + " group by n.night", Object[].class)
                .setParameter("holding", List.of(ReservationStatus.OPTION, ReservationStatus.CONFIRMED,
                        ReservationStatus.GUARANTEED, ReservationStatus.IN_HOUSE))
                .setParameter("s", snapshot).setParameter("e", snapshot.plusDays(365)).getResultList();
        for (Object[] row : rows) {
            em.persist(new OnTheBooks(snapshot, (LocalDate) row[0], ((Number) row[1]).intValue(), (BigDecimal) row[2]));
        }
        return rows.size();
    }

    @Override
    public List<OnTheBooks> onTheBooks(LocalDate snapshot, LocalDate firstNight, LocalDate lastNight) {
        return em.createQuery("select o from OnTheBooks o where o.key.snapshotDate = :s and o.key.night between :f and :l"
                        + " order by o.key.night", OnTheBooks.class)
                .setParameter("s", snapshot).setParameter("f", firstNight).setParameter("l", lastNight).getResultList();
    }

    @Override
    public int reconstructOnTheBooks(LocalDate snapshot, Instant closedAt) {
        Long done = em.createQuery("select count(o) from OnTheBooks o where o.key.snapshotDate = :s", Long.class)
                .setParameter("s", snapshot).getSingleResult();
        if (done != null && done > 0) {
            return 0;
        }
        // booked by then and not cancelled by then; whatever became of it later (in house, checked out, no-show)
        List<Object[]> rows = em.createQuery("select n.night, count(r), sum(n.price.amount) from Reservation r"
                        + " join r.nights n where r.status <> :waitlisted and r.createdAt < :closed"
                        + " and (r.cancelledAt is null or r.cancelledAt >= :closed)"
                        + " and n.night > :s and n.night <= :e group by n.night", Object[].class)
                .setParameter("waitlisted", ReservationStatus.WAITLISTED).setParameter("closed", closedAt)
                .setParameter("s", snapshot).setParameter("e", snapshot.plusDays(365)).getResultList();
        for (Object[] row : rows) {
            em.persist(new OnTheBooks(snapshot, (LocalDate) row[0], ((Number) row[1]).intValue(), (BigDecimal) row[2]));
        }
        return rows.size();
    }
}