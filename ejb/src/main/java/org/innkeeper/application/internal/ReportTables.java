package org.innkeeper.application.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.dto.AmountLineView;
import org.innkeeper.application.dto.CashierLineView;
import org.innkeeper.application.dto.CashierReportView;
import org.innkeeper.application.dto.LedgerView;
import org.innkeeper.application.dto.ManagerPeriodView;
import org.innkeeper.application.dto.ManagerReportView;
import org.innkeeper.application.dto.PeriodFiguresView;
import org.innkeeper.application.dto.ReportTable;
import org.innkeeper.application.dto.ReportTable.Label;
import org.innkeeper.application.dto.TrialBalanceView;
import org.innkeeper.domain.folio.Department;

/** The reports of a day as tables, for the files and the desk: one place for their rows and columns. */
final class ReportTables {

    private ReportTables() {
    }

    private record Figure(Label label, Function<PeriodFiguresView, Object> value) {
        Figure(String key, String english, Function<PeriodFiguresView, Object> value) {
            this(new Label("daily." + key, english), value);
        }
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("from", "From", PeriodFiguresView::from),
            new Figure("to", "To", PeriodFiguresView::to),
            new Figure("daysFrozen", "Days frozen", PeriodFiguresView::daysFrozen),
            new Figure("roomsAvailable", "Rooms available", PeriodFiguresView::roomsAvailable),
            new Figure("roomsSold", "Rooms sold", PeriodFiguresView::roomsSold),
            new Figure("complimentary", "Complimentary rooms", PeriodFiguresView::roomsComplimentary),
            new Figure("houseUse", "House use rooms", PeriodFiguresView::roomsHouseUse),
            new Figure("occupancy", "Occupancy %", PeriodFiguresView::occupancyPercent),
            new Figure("adr", "ADR", PeriodFiguresView::adr),
            new Figure("revPar", "RevPAR", PeriodFiguresView::revPar),
            new Figure("trevPar", "TRevPAR", PeriodFiguresView::trevPar),
            new Figure("alos", "ALOS (nights)", PeriodFiguresView::alos),
            new Figure("roomRevenue", "Room revenue", PeriodFiguresView::roomRevenue));

    private static final List<Figure> COUNTS = List.of(
            new Figure("totalRevenue", "Total revenue", PeriodFiguresView::totalRevenue),
            new Figure("arrivals", "Arrivals", PeriodFiguresView::arrivals),
            new Figure("departures", "Departures", PeriodFiguresView::departures),
            new Figure("noShows", "No-shows", PeriodFiguresView::noShows),
            new Figure("cancellations", "Cancellations", PeriodFiguresView::cancellations),
            new Figure("guests", "Guests (nights)", PeriodFiguresView::guests));

    /** One row per figure, a column per period and its last year; revenue by department between. */
    static ReportTable manager(ManagerReportView report) {
        List<Label> columns = new ArrayList<>(List.of(label("figure", "Figure")));
        List<PeriodFiguresView> periods = new ArrayList<>();
        for (ManagerPeriodView p : report.periods()) {
            columns.add(label(p.period(), p.period().equals("DAY") ? "Day" : p.period()));
            columns.add(label(p.period() + ".lastYear", (p.period().equals("DAY") ? "Day" : p.period()) + " last year"));
            periods.add(p.actual());
            periods.add(p.lastYear());
        }
        List<Figure> figures = new ArrayList<>(FIGURES);
        for (Department department : Department.values()) {
            String code = department.name();
            if (periods.stream().anyMatch(p -> p.revenueByDepartment().containsKey(code))) {
                figures.add(new Figure(new Label("department." + code, "Revenue " + code),
                        p -> p.revenueByDepartment().getOrDefault(code, BigDecimal.ZERO.setScale(2))));
            }
        }
        figures.addAll(COUNTS);
        List<List<Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            List<Object> row = new ArrayList<>();
            row.add(figure.label());
            periods.forEach(p -> row.add(figure.value().apply(p)));
            rows.add(row);
        }
        return new ReportTable("Manager's report " + report.date() + " (" + report.currency() + ", net of VAT)",
                columns, rows);
    }

    /** Ledger, line, item, amount: opening, each charge and payment, closing, the folios' sum, the check. */
    static ReportTable trialBalance(TrialBalanceView report) {
        List<List<Object>> rows = new ArrayList<>();
        ledger(rows, label("guestLedger", "Guest ledger"), report.guestLedger());
        rows.add(row(label("deposits", "Deposits"), label("depositsClosing", "Closing balance before arrival"),
                null, report.deposits(), null));
        ledger(rows, label("cityLedger", "City ledger"), report.cityLedger());
        rows.add(row(label("all", "All ledgers"), label("balanced", "Balanced"), null, null, report.balanced()));
        return new ReportTable("Trial balance " + report.date() + " (" + report.currency() + ")",
                List.of(label("ledger", "Ledger"), label("line", "Line"), label("item", "Item"),
                        label("amount", "Amount"), label("note", "Note")), rows);
    }

    private static void ledger(List<List<Object>> rows, Label ledger, LedgerView view) {
        rows.add(row(ledger, label("opening", "Opening balance"), null, view.opening(), view.note()));
        for (AmountLineView charge : view.charges()) {
            rows.add(row(ledger, label("charges", "Charges"), new Label("department." + charge.code(), charge.code()),
                    charge.amount(), null));
        }
        rows.add(row(ledger, label("chargesTotal", "Charges in all"), null, view.chargesTotal(), null));
        for (AmountLineView payment : view.payments()) {
            rows.add(row(ledger, label("payments", "Payments"), new Label("method." + payment.code(), payment.code()),
                    payment.amount(), null));
        }
        rows.add(row(ledger, label("paymentsTotal", "Payments in all"), null, view.paymentsTotal(), null));
        rows.add(row(ledger, label("closing", "Closing balance"), null, view.closing(), null));
        rows.add(row(ledger, label("folioBalances", "Sum of folio balances"), null, view.folioBalances(),
                view.folios() + " folios, " + view.openFolios() + " open"));
        rows.add(row(ledger, label("balanced", "Balanced"), null, null, view.balanced()));
    }

    /** Cashier, method, payments, amount; a total per cashier and one in all. */
    static ReportTable cashier(CashierReportView report) {
        List<List<Object>> rows = new ArrayList<>();
        String current = null;
        for (CashierLineView line : report.lines()) {
            if (current != null && !current.equals(line.postedBy())) {
                rows.add(cashierTotal(report, current));
            }
            current = line.postedBy();
            rows.add(row(line.postedBy(), new Label("method." + line.method(), line.method()), line.payments(),
                    line.amount()));
        }
        if (current != null) {
            rows.add(cashierTotal(report, current));
        }
        for (AmountLineView method : report.byMethod()) {
            rows.add(row(label("allCashiers", "All cashiers"), new Label("method." + method.code(), method.code()),
                    null, method.amount()));
        }
        rows.add(row(label("allCashiers", "All cashiers"), label("total", "Total"), report.payments(), report.total()));
        return new ReportTable("Cashier report " + report.date() + " (" + report.currency() + ")",
                List.of(label("cashier", "Cashier"), label("method", "Method"), label("count", "Payments"),
                        label("amount", "Amount")), rows);
    }

    /** Month, on the books now, a year ago, the difference, last year's final: rooms and room revenue. */
    static ReportTable pace(org.innkeeper.application.dto.PaceReportView report) {
        List<List<Object>> rows = new ArrayList<>();
        for (var m : report.months()) {
            rows.add(row(m.month().toString(), m.rooms(), m.roomRevenue(), m.lastYearRooms(), m.lastYearRoomRevenue(),
                    m.roomsDifference(), m.lastYearFinalRooms(), m.lastYearFinalRoomRevenue()));
        }
        return new ReportTable("Pace on " + report.date() + " against " + report.lastYearDate()
                + (report.lastYearRecorded() ? "" : " (no books frozen that day)") + " (" + report.currency() + ")",
                List.of(label("month", "Month"), label("paceRooms", "Rooms on the books"),
                        label("paceRevenue", "Room revenue on the books"), label("paceLastYearRooms", "Rooms a year ago"),
                        label("paceLastYearRevenue", "Room revenue a year ago"), label("paceDifference", "Rooms ahead (+) or behind (−)"),
                        label("paceFinalRooms", "Last year's final rooms"), label("paceFinalRevenue", "Last year's final room revenue")),
                rows);
    }

    private static List<Object> cashierTotal(CashierReportView report, String cashier) {
        long count = report.lines().stream().filter(l -> l.postedBy().equals(cashier))
                .mapToLong(CashierLineView::payments).sum();
        BigDecimal amount = report.byCashier().stream().filter(c -> c.code().equals(cashier))
                .map(AmountLineView::amount).findFirst().orElseThrow();
        return row(cashier, label("total", "Total"), count, amount);
    }

    private static Label label(String key, String english) {
        return new Label("daily." + key, english);
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        java.util.Collections.addAll(row, cells);
        return row;
    }
}
