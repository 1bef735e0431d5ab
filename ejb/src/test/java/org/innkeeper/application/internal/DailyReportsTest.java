package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.dto.CashierLineView;
import org.innkeeper.application.dto.CashierReportView;
import org.innkeeper.application.dto.ManagerPeriodView;
import org.innkeeper.application.dto.ManagerReportView;
import org.innkeeper.application.dto.PeriodFiguresView;
import org.innkeeper.application.dto.TrialBalanceView;
import org.innkeeper.domain.folio.Folio;
import org.innkeeper.domain.report.DailyStatistics;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.innkeeper.infrastructure.setup.DemoYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reports of a business date over the demo hotel's year, on H2 and PostgreSQL: the trial balance
 * balances every day (each day opens where the day before closed, and closes at the sum of the folios'
 * balances read apart), the manager's day is the frozen row, and a deposit taken ahead of arrival and a
 * refund show where they belong.
 */
class DailyReportsTest {

    private TestDatabase db;

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theDemoYearBalancesAndReportsWhatWasFrozen(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        try {
            DemoYear.seed(db);
            LocalDate today = tx(s -> s.calendar.businessDate());
            everyDayBalances(today);
            theManagersDayIsTheFrozenRow(today);
            depositsAndRefundsShowWhereTheyBelong(today);
            paceReadsTheBooksFrozenNowAndAYearAgo(today);
        } finally {
            db.close();
        }
    }

    private void everyDayBalances(LocalDate today) {
        LocalDate first = today.minusDays(366);
        TrialBalanceView previous = tx(s -> s.reports().trialBalance(first));
        assertThat(previous.guestLedger().opening()).as("nothing was posted before the demo year").isZero();
        BigDecimal charged = BigDecimal.ZERO;
        int daysWithPayments = 0;
        for (LocalDate day = first.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate d = day;
            TrialBalanceView tb = tx(s -> s.reports().trialBalance(d));
            assertThat(tb.guestLedger().opening()).as("%s opens where %s closed", d, previous.date())
                    .isEqualByComparingTo(previous.guestLedger().closing());
            assertThat(tb.guestLedger().closing()).as("%s closes at the sum of the folios", d)
                    .isEqualByComparingTo(tb.guestLedger().folioBalances());
            assertThat(tb.guestLedger().closing()).isEqualByComparingTo(tb.guestLedger().opening()
                    .add(tb.guestLedger().chargesTotal()).subtract(tb.guestLedger().paymentsTotal()));
            assertThat(tb.balanced()).as(d.toString()).isTrue();
            assertThat(tb.cityLedger().opening()).as("the city ledger of %s opens where it closed", d)
                    .isEqualByComparingTo(previous.cityLedger().closing());
            assertThat(tb.cityLedger().closing()).as("%s: the companies' accounts add up", d)
                    .isEqualByComparingTo(tb.cityLedger().folioBalances());
            charged = charged.add(tb.guestLedger().chargesTotal());
            daysWithPayments += tb.guestLedger().payments().isEmpty() ? 0 : 1;
            previous = tb;
        }
        assertThat(charged).as("a year of charges").isGreaterThan(new BigDecimal("100000"));
        assertThat(previous.cityLedger().closing()).as("companies owe for some direct-billed stays").isPositive();
        assertThat(daysWithPayments).isGreaterThan(300);
        // the checked-out guests settled: what stays open is what the in-house guests owe
        BigDecimal inHouse = db.inTransaction(em -> em.createQuery("select sum(case when p.type = PAYMENT"
                + " then -p.amount.amount else p.amount.amount end) from Folio f join f.postings p"
                + " where f.reservation.status = IN_HOUSE", BigDecimal.class).getSingleResult());
        assertThat(previous.guestLedger().closing().subtract(previous.deposits())).isEqualByComparingTo(inHouse);
    }

    private void theManagersDayIsTheFrozenRow(LocalDate today) {
        LocalDate day = today.minusDays(40);
        ManagerReportView report = tx(s -> s.reports().managerReport(day));
        DailyStatistics frozen = db.inTransaction(em -> em.find(DailyStatistics.class, day));
        PeriodFiguresView actual = period(report, "DAY").actual();
        assertThat(actual.daysFrozen()).isEqualTo(1);
        assertThat(actual.roomsSold()).isEqualTo(frozen.roomsSold()).isPositive();
        assertThat(actual.roomsAvailable()).isEqualTo(frozen.roomsAvailable());
        assertThat(actual.arrivals()).isEqualTo(frozen.arrivals());
        assertThat(actual.departures()).isEqualTo(frozen.departures());
        assertThat(actual.noShows()).isEqualTo(frozen.noShows());
        assertThat(actual.cancellations()).isEqualTo(frozen.cancellations());
        assertThat(actual.roomRevenue()).isEqualByComparingTo(frozen.roomRevenue());
        assertThat(actual.totalRevenue()).isEqualByComparingTo(frozen.totalRevenue());
        frozen.revenue().forEach((department, net) -> assertThat(actual.revenueByDepartment().get(department.name()))
                .as(department.name()).isEqualByComparingTo(net));
        // the month and year to date sum the frozen rows of their days, and say how many there were
        PeriodFiguresView mtd = period(report, "MTD").actual();
        long soldInMonth = db.inTransaction(em -> em.createQuery("select sum(s.roomsSold) from DailyStatistics s"
                + " where s.businessDate between :f and :t", Long.class)
                .setParameter("f", day.withDayOfMonth(1)).setParameter("t", day).getSingleResult());
        assertThat(mtd.roomsSold()).isEqualTo(soldInMonth);
        assertThat(mtd.daysFrozen()).isEqualTo(day.getDayOfMonth());
        // the demo has one year of history: last year's day was never frozen and counts as none
        PeriodFiguresView lastYear = period(report, "DAY").lastYear();
        assertThat(lastYear.from()).isEqualTo(day.minusYears(1));
        assertThat(lastYear.daysFrozen()).isZero();
        assertThat(lastYear.roomsSold()).isZero();
        // the default is the last closed day; tomorrow is refused
        assertThat(tx(s -> s.reports().managerReport(null)).date()).isEqualTo(today.minusDays(1));
        assertThatThrownBy(() -> tx(s -> s.reports().managerReport(today.plusDays(1))))
                .isInstanceOf(InvalidValueException.class);
    }

    private void paceReadsTheBooksFrozenNowAndAYearAgo(LocalDate today) {
        var pace = tx(s -> s.reports().pace(null));
        LocalDate closed = today.minusDays(1);
        assertThat(pace.date()).isEqualTo(closed);
        assertThat(pace.lastYearDate()).isEqualTo(closed.minusYears(1));
        assertThat(pace.lastYearRecorded()).as("the demo froze last year's books around this date").isTrue();
        assertThat(pace.months()).hasSize(12);
        var first = pace.months().get(0);
        assertThat(first.month()).isEqualTo(java.time.YearMonth.from(today));
        long frozenNow = db.inTransaction(em -> em.createQuery("select sum(o.rooms) from OnTheBooks o"
                        + " where o.key.snapshotDate = :s and o.key.night between :f and :t", Long.class)
                .setParameter("s", closed).setParameter("f", today).setParameter("t", first.month().atEndOfMonth())
                .getSingleResult());
        assertThat(first.rooms()).as("this month's rooms on the books, as frozen").isEqualTo(frozenNow).isPositive();
        assertThat(first.lastYearRooms()).as("a year ago, the same month was booked too").isPositive();
        assertThat(first.roomsDifference()).isEqualTo(first.rooms() - first.lastYearRooms());
        // a month whose every day a year ago was frozen has its final figures
        var second = pace.months().get(1);
        java.time.YearMonth aYearBefore = second.month().minusYears(1);
        long soldThen = db.inTransaction(em -> em.createQuery("select sum(s.roomsSold) from DailyStatistics s"
                + " where s.businessDate between :f and :t", Long.class)
                .setParameter("f", aYearBefore.atDay(1)).setParameter("t", aYearBefore.atEndOfMonth()).getSingleResult());
        assertThat(second.lastYearFinalRooms()).isEqualTo((int) soldThen).isPositive();
        long frozenDays = db.total("select count(s) from DailyStatistics s where s.businessDate between {d '"
                + first.month().minusYears(1).atDay(1) + "'} and {d '" + first.month().minusYears(1).atEndOfMonth() + "'}");
        assertThat(first.lastYearFinalRooms() == null).as("final only when every day of it was frozen")
                .isEqualTo(frozenDays < first.month().lengthOfMonth());
        // the same as a file
        String csv = new String(tx(s -> s.reports().document(org.innkeeper.application.ReportKind.PACE, null,
                org.innkeeper.application.ReportFormat.CSV)).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Rooms on the books", first.month().toString());
    }

    private static ManagerPeriodView period(ManagerReportView report, String name) {
        return report.periods().stream().filter(p -> p.period().equals(name)).findFirst().orElseThrow();
    }

    private void depositsAndRefundsShowWhereTheyBelong(LocalDate today) {
        TrialBalanceView before = tx(s -> s.reports().trialBalance(today));
        db.inTransaction(em -> {
            Reservation future = em.createQuery("select r from Reservation r where r.status = :confirmed"
                            + " and r.stay.arrival > :today and not exists (select f from Folio f where f.reservation = r)"
                            + " order by r.id", Reservation.class)
                    .setParameter("confirmed", ReservationStatus.CONFIRMED).setParameter("today", today)
                    .setMaxResults(1).getSingleResult();
            Folio folio = new Folio(future, "EUR");
            em.persist(folio);
            em.flush();
            // A deposit as the deposit piece will take it (the folio refuses a payment over its balance
            // today), a refund of part of it, and cash taken by another cashier.
            long id = 990_000_000L;
            for (Object[] p : List.of(new Object[] {"CARD", "100.00", "cashier-a"}, new Object[] {"CARD", "-30.00",
                    "cashier-a"}, new Object[] {"CASH", "20.00", "cashier-b"})) {
                em.createNativeQuery("insert into posting (id, folio_id, type, category, description, amount, currency,"
                                + " business_date, posted_at, posted_by) values (?, ?, 'PAYMENT', ?, 'Deposit', ?, 'EUR', ?, ?, ?)")
                        .setParameter(1, ++id).setParameter(2, folio.id()).setParameter(3, p[0])
                        .setParameter(4, new BigDecimal((String) p[1])).setParameter(5, today)
                        .setParameter(6, java.time.OffsetDateTime.now()).setParameter(7, p[2]).executeUpdate();
            }
            return null;
        });
        TrialBalanceView after = tx(s -> s.reports().trialBalance(today));
        assertThat(after.balanced()).isTrue();
        assertThat(after.deposits().subtract(before.deposits()))
                .as("money taken before arrival is a credit in deposits").isEqualByComparingTo("-90.00");
        assertThat(after.guestLedger().closing().subtract(before.guestLedger().closing())).isEqualByComparingTo("-90.00");

        CashierReportView cashier = tx(s -> s.reports().cashierReport(today));
        assertThat(cashier.lines()).contains(new CashierLineView("cashier-a", "CARD", 2, new BigDecimal("70.00")),
                new CashierLineView("cashier-b", "CASH", 1, new BigDecimal("20.00")));
        assertThat(cashier.total()).isEqualByComparingTo(after.guestLedger().paymentsTotal());
        assertThat(cashier.byCashier().stream().map(l -> l.amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(cashier.total());
        assertThat(cashier.byMethod().stream().map(l -> l.amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(cashier.total());
        assertThat(cashier.payments()).isEqualTo(cashier.lines().stream().mapToLong(CashierLineView::payments).sum());
        List<String> cashiers = cashier.byCashier().stream().map(l -> l.code()).toList();
        assertThat(cashiers).contains("cashier-a", "cashier-b");
    }
}
