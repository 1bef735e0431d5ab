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
        Instant dayStart = d.atStartOfDay(zone).toInstant();
        Instant dayEnd = d.plusDays(1).atStartOfDay(zone).toInstant();
        int roomsTotal = count(em.createQuery("select count(r) from Room r", Long.class).getSingleResult());
        int outOfOrder = count(em.createQuery("select count(b) from RoomBlock b where b.kind = :ooo"
                        + " and b.from <= :d and b.to > :d", Long.class)
                .setParameter("ooo", RoomBlockKind.OUT_OF_ORDER).setParameter("d", d).getSingleResult());
        // the room nights posted for the night and not reversed: sold, or at zero complimentary (given to a
        // guest) or house use (the hotel's own)
        List<Object[]> nights = em.createQuery("select f.reservation.id, p.amount.amount,"
                        + " f.reservation.adults + f.reservation.children, f.reservation.houseUse"
                        + " from Folio f join f.postings p"
                        + " where p.articleCode = :room and p.night = :d and p.reversesId is null"
                        + " and not exists (select x from Posting x where x.reversesId = p.id)", Object[].class)
                .setParameter("room", Article.ROOM).setParameter("d", d).getResultList();
        int sold = 0;
        int complimentary = 0;
        int houseUse = 0;
        int guests = 0;
        for (Object[] row : nights) {
            if (((BigDecimal) row[1]).signum() > 0) {
                sold++;
            } else if (Boolean.TRUE.equals(row[3])) {
                houseUse++;
            } else {
                complimentary++;
            }
            guests += ((Number) row[2]).intValue();
        }
        int arrivals = count(em.createQuery("select count(r) from Reservation r where r.checkedInOn = :d", Long.class)
                .setParameter("d", d).getSingleResult());
        int departures = count(em.createQuery("select count(r) from Reservation r where r.status = :out"
                        + " and r.checkedOutAt >= :s and r.checkedOutAt < :e", Long.class)
                .setParameter("out", ReservationStatus.CHECKED_OUT).setParameter("s", dayStart)
                .setParameter("e", dayEnd).getSingleResult());
        int noShows = count(em.createQuery("select count(r) from Reservation r where r.status = :ns"
                        + " and r.stay.arrival = :d", Long.class)
                .setParameter("ns", ReservationStatus.NO_SHOW).setParameter("d", d).getSingleResult());
        int cancellations = count(em.createQuery("select count(r) from Reservation r where r.status = :c"
                        + " and r.cancelledAt >= :s and r.cancelledAt < :e", Long.class)
                .setParameter("c", ReservationStatus.CANCELLED).setParameter("s", dayStart)
                .setParameter("e", dayEnd).getSingleResult());
        Map<Department, BigDecimal> revenue = new EnumMap<>(Department.class);
        em.createQuery("select p.department, sum(p.net) from Posting p where p.businessDate = :d"
                        + " and p.type <> :payment and p.department is not null group by p.department", Object[].class)
                .setParameter("d", d).setParameter("payment", PostingType.PAYMENT).getResultList()
                .forEach(row -> revenue.put((Department) row[0], (BigDecimal) row[1]));
        // the occupancy report's sales of the night, as it computes them once the day is closed
        DailyStatistics.BookedSales booked = JpaReservationRepository.salesBetween(em, d, d, d.plusDays(1)).stream()
                .findFirst().map(s -> new DailyStatistics.BookedSales((int) s.roomsSold(), s.revenue()))
                .orElse(DailyStatistics.BookedSales.NONE);
        return new DailyStatistics(d, new DailyStatistics.Counts(roomsTotal, outOfOrder, sold, complimentary, houseUse,
                arrivals, departures, noShows, cancellations, guests), booked, revenue, currency, at);
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