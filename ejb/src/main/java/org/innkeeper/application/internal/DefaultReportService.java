package org.innkeeper.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.dto.AmountLineView;
import org.innkeeper.application.dto.CashierLineView;
import org.innkeeper.application.dto.CashierReportView;
import org.innkeeper.application.dto.LedgerView;
import org.innkeeper.application.dto.ManagerPeriodView;
import org.innkeeper.application.dto.ManagerReportView;
import org.innkeeper.application.dto.OccupancyDayView;
import org.innkeeper.application.dto.OccupancyReportView;
import org.innkeeper.application.dto.PeriodFiguresView;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.ReportFormat;
import org.innkeeper.application.ReportKind;
import org.innkeeper.application.dto.ReportTable;
import org.innkeeper.application.dto.TrialBalanceView;
import org.innkeeper.domain.report.DailyStatistics;
import org.innkeeper.domain.report.OnTheBooks;
import org.innkeeper.domain.report.LedgerRepository;
import org.innkeeper.domain.report.OccupancyFigures;
import org.innkeeper.domain.report.PeriodFigures;
import org.innkeeper.domain.report.StatisticsRepository;
import org.innkeeper.infrastructure.document.ReportFiles;
import org.innkeeper.domain.reservation.ReservationRepository;
import org.innkeeper.domain.reservation.ReservationRepository.NightSales;
import org.innkeeper.domain.room.RoomRepository;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;

/*
 * Each report reads in a transaction of its own, on one snapshot of the database (OneSnapshot, as the
 * availability service): a report's figures are of one moment. No service calls the reports.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@jakarta.interceptor.Interceptors(OneSnapshot.class)
public class DefaultReportService implements ReportService {

    @Inject
    ReservationRepository reservations;
    @Inject
    RoomRepository rooms;
    @Inject
    HotelCalendar calendar;
    @Inject
    StatisticsRepository statistics;
    @Inject
    LedgerRepository ledger;
    @Inject
    ReportFiles files;

    @Inject
    org.innkeeper.domain.company.CompanyRepository companies;

    @Override
    public OccupancyReportView occupancy(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidValueException("from", "the first date is required");
        }
        if (to == null) {
            throw new InvalidValueException("to", "the last date is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the last date must not be before the first");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidValueException("to", "a report covers at most " + MAX_DAYS + " days");
        }
        String currency = calendar.currency();
        // Rooms available = physical rooms (nothing is out of order yet), the same every day.
        long roomsAvailable = rooms.countRooms();
        Map<LocalDate, NightSales> sales = sales(from, to);

        List<OccupancyDayView> days = new ArrayList<>();
        OccupancyFigures total = new OccupancyFigures(0, 0, Money.zero(currency));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            NightSales s = sales.get(day);
            OccupancyFigures figures = s == null
                    ? new OccupancyFigures(roomsAvailable, 0, Money.zero(currency))
                    : new OccupancyFigures(roomsAvailable, s.roomsSold(), Money.of(s.revenue(), currency));
            days.add(view(day, figures));
            total = total.plus(figures);
        }
        return new OccupancyReportView(from, to, days, view(null, total));
    }

    /**
     * The nights sold of each day: a closed day as the night audit froze it (a few rows, however long the
     * history), the days from the first one not frozen on computed from the reservations' nights.
     */
    private Map<LocalDate, NightSales> sales(LocalDate from, LocalDate to) {
        LocalDate businessDate = calendar.businessDate();
        Map<LocalDate, NightSales> sales = new HashMap<>();
        if (from.isBefore(businessDate)) {
            LocalDate lastClosed = to.isBefore(businessDate) ? to : businessDate.minusDays(1);
            statistics.frozenSalesBetween(from, lastClosed).forEach(s -> sales.put(s.night(), s));
        }
        LocalDate firstComputed = from;
        while (!firstComputed.isAfter(to) && sales.containsKey(firstComputed)) {
            firstComputed = firstComputed.plusDays(1);
        }
        if (!firstComputed.isAfter(to)) {
            reservations.salesBetween(firstComputed, to, businessDate).forEach(s -> sales.putIfAbsent(s.night(), s));
        }
        return sales;
    }

    @Override
    public ManagerReportView managerReport(LocalDate date) {
        LocalDate day = reportDate(date);
        LocalDate sameDayLastYear = day.minusYears(1);
        String currency = calendar.currency();
        // two reads of frozen rows, one per year; each period is summed from them
        List<DailyStatistics> thisYear = statistics.between(day.withDayOfYear(1), day);
        List<DailyStatistics> lastYear = statistics.between(sameDayLastYear.withDayOfYear(1), sameDayLastYear);
        List<ManagerPeriodView> periods = new ArrayList<>();
        for (String period : List.of("DAY", "MTD", "YTD")) {
            periods.add(new ManagerPeriodView(period,
                    view(PeriodFigures.of(start(period, day), day, thisYear, currency)),
                    view(PeriodFigures.of(start(period, sameDayLastYear), sameDayLastYear, lastYear, currency))));
        }
        return new ManagerReportView(day, currency, periods);
    }

    @Override
    public org.innkeeper.application.dto.PaceReportView pace(LocalDate date) {
        LocalDate day = reportDate(date);
        LocalDate lastYearDay = day.minusYears(1);
        java.time.YearMonth first = java.time.YearMonth.from(day.plusDays(1));
        java.time.YearMonth last = first.plusMonths(11);
        List<OnTheBooks> now = statistics.onTheBooks(day, day.plusDays(1), last.atEndOfMonth());
        List<OnTheBooks> then = statistics.onTheBooks(lastYearDay, lastYearDay.plusDays(1),
                last.minusYears(1).atEndOfMonth());
        List<DailyStatistics> finals = statistics.between(first.minusYears(1).atDay(1), last.minusYears(1).atEndOfMonth());
        List<org.innkeeper.application.dto.PaceReportView.Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            java.time.YearMonth month = first.plusMonths(i);
            java.time.YearMonth lastYear = month.minusYears(1);
            int rooms = now.stream().filter(o -> java.time.YearMonth.from(o.night()).equals(month))
                    .mapToInt(OnTheBooks::rooms).sum();
            int lastYearRooms = then.stream().filter(o -> java.time.YearMonth.from(o.night()).equals(lastYear))
                    .mapToInt(OnTheBooks::rooms).sum();
            List<DailyStatistics> finalDays = finals.stream()
                    .filter(s -> java.time.YearMonth.from(s.businessDate()).equals(lastYear)).toList();
            boolean complete = finalDays.size() == lastYear.lengthOfMonth();
            months.add(new org.innkeeper.application.dto.PaceReportView.Month(month, rooms,
                    revenue(now, month), lastYearRooms, revenue(then, lastYear), rooms - lastYearRooms,
                    complete ? finalDays.stream().mapToInt(DailyStatistics::roomsSold).sum() : null,
                    complete ? money(finalDays.stream().map(DailyStatistics::roomRevenue)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)) : null));
        }
        return new org.innkeeper.application.dto.PaceReportView(day, lastYearDay, !then.isEmpty(), calendar.currency(),
                months);
    }

    private static BigDecimal revenue(List<OnTheBooks> books, java.time.YearMonth month) {
        return money(books.stream().filter(o -> java.time.YearMonth.from(o.night()).equals(month))
                .map(OnTheBooks::roomRevenue).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static LocalDate start(String period, LocalDate day) {
        return switch (period) {
            case "DAY" -> day;
            case "MTD" -> day.withDayOfMonth(1);
            default -> day.withDayOfYear(1);
        };
    }

    private static PeriodFiguresView view(PeriodFigures p) {
        OccupancyFigures occupancy = p.occupancy();
        Map<String, BigDecimal> byDepartment = new LinkedHashMap<>();
        p.revenue().forEach((department, amount) -> byDepartment.put(department.name(), amount.amount()));
        return new PeriodFiguresView(p.from(), p.to(), p.days(), p.daysFrozen(), p.roomsAvailable(), p.roomsSold(),
                p.roomsComplimentary(), p.roomsHouseUse(), occupancy.occupancyPercent(), occupancy.adr().amount(),
                occupancy.revPar().amount(), p.trevPar().amount(), p.alos(), p.roomRevenue().amount(),
                p.totalRevenue().amount(), byDepartment, p.arrivals(), p.departures(), p.noShows(),
                p.cancellations(), p.guests());
    }

    @Override
    public TrialBalanceView trialBalance(LocalDate date) {
        LocalDate day = reportDate(date);
        BigDecimal opening = money(ledger.balanceBefore(day));
        List<AmountLineView> charges = new ArrayList<>();
        ledger.chargesOn(day).forEach((department, amount) -> charges.add(new AmountLineView(department.name(),
                money(amount))));
        List<AmountLineView> payments = new ArrayList<>();
        ledger.paymentsOn(day).forEach((method, amount) -> payments.add(new AmountLineView(method, money(amount))));
        BigDecimal chargesTotal = sum(charges);
        BigDecimal paymentsTotal = sum(payments);
        BigDecimal closing = opening.add(chargesTotal).subtract(paymentsTotal);
        LedgerRepository.FolioBalances folios = ledger.folioBalancesAsOf(day);
        BigDecimal folioBalances = money(folios.total());
        LedgerView guest = new LedgerView("GUEST", opening, charges, chargesTotal, payments, paymentsTotal, closing,
                folioBalances, folios.folios(), folios.open(), closing.compareTo(folioBalances) == 0, null);
        LedgerView city = cityLedger(day);
        return new TrialBalanceView(day, calendar.currency(), guest, money(folios.beforeArrival()), city,
                guest.balanced() && city.balanced());
    }

    /**
     * The city ledger of the day: what companies owed at its start, the invoices billed to them, what
     * they paid by method, and the closing balance, summed company by company apart as well.
     */
    private LedgerView cityLedger(LocalDate day) {
        org.innkeeper.domain.company.CompanyRepository.Totals before = companies.before(day);
        BigDecimal opening = money(before.billed().subtract(before.paid()));
        BigDecimal billed = money(companies.billedOn(day));
        List<AmountLineView> charges = billed.signum() == 0 ? List.of() : List.of(new AmountLineView("INVOICES", billed));
        List<AmountLineView> payments = new ArrayList<>();
        companies.paidOn(day).forEach((method, amount) -> payments.add(new AmountLineView(method, money(amount))));
        BigDecimal paymentsTotal = sum(payments);
        BigDecimal closing = opening.add(billed).subtract(paymentsTotal);
        Map<Long, BigDecimal> accounts = companies.balancesAsOf(day);
        BigDecimal accountsTotal = money(accounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int open = (int) accounts.values().stream().filter(b -> b.signum() != 0).count();
        return new LedgerView("CITY", opening, charges, billed, payments, paymentsTotal, closing, accountsTotal,
                accounts.size(), open, closing.compareTo(accountsTotal) == 0, null);
    }

    @Override
    public CashierReportView cashierReport(LocalDate date) {
        LocalDate day = reportDate(date);
        List<CashierLineView> lines = new ArrayList<>();
        Map<String, BigDecimal> byCashier = new TreeMap<>();
        Map<String, BigDecimal> byMethod = new TreeMap<>();
        long count = 0;
        for (LedgerRepository.CashierTakings t : ledger.paymentsByCashier(day)) {
            BigDecimal amount = money(t.amount());
            lines.add(new CashierLineView(t.postedBy(), t.method(), t.payments(), amount));
            byCashier.merge(t.postedBy(), amount, BigDecimal::add);
            byMethod.merge(t.method(), amount, BigDecimal::add);
            count += t.payments();
        }
        List<AmountLineView> cashiers = lines(byCashier);
        return new CashierReportView(day, calendar.currency(), lines, cashiers, lines(byMethod), count, sum(cashiers));
    }

    @Override
    public ReportTable table(ReportKind report, LocalDate date) {
        return switch (report) {
            case MANAGER -> ReportTables.manager(managerReport(date));
            case TRIAL_BALANCE -> ReportTables.trialBalance(trialBalance(date));
            case CASHIER -> ReportTables.cashier(cashierReport(date));
            case PACE -> ReportTables.pace(pace(date));
        };
    }

    @Override
    public ReportDocument document(ReportKind report, LocalDate date, ReportFormat format) {
        ReportTable table = table(report, date);
        byte[] content = switch (format) {
            case CSV -> files.csv(table);
            case XLSX -> files.xlsx(table);
            case PDF -> files.pdf(table);
        };
        LocalDate day = reportDate(date);
        return new ReportDocument(report.path() + "-" + day + "." + format.extension(), format.mediaType(), content);
    }

    /** The date asked, or the last closed day; never after the business date. */
    private LocalDate reportDate(LocalDate date) {
        LocalDate businessDate = calendar.businessDate();
        if (date == null) {
            return businessDate.minusDays(1);
        }
        if (date.isAfter(businessDate)) {
            throw new InvalidValueException("date", "the business date is " + businessDate
                    + "; a report of " + date + " has nothing to show yet");
        }
        return date;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sum(List<AmountLineView> lines) {
        return lines.stream().map(AmountLineView::amount).reduce(money(BigDecimal.ZERO), BigDecimal::add);
    }

    private static List<AmountLineView> lines(Map<String, BigDecimal> amounts) {
        List<AmountLineView> lines = new ArrayList<>();
        amounts.forEach((code, amount) -> lines.add(new AmountLineView(code, amount)));
        return lines;
    }

    private static OccupancyDayView view(LocalDate day, OccupancyFigures f) {
        return new OccupancyDayView(day, (int) f.roomsAvailable(), (int) f.roomsSold(), f.roomRevenue().amount(),
                f.occupancyPercent(), f.adr().amount(), f.revPar().amount(), f.roomRevenue().currency());
    }
}
