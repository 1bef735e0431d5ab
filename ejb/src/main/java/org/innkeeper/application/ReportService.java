package org.innkeeper.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import org.innkeeper.application.dto.CashierReportView;
import org.innkeeper.application.dto.ManagerReportView;
import org.innkeeper.application.dto.OccupancyReportView;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.dto.ReportTable;
import org.innkeeper.application.dto.TrialBalanceView;

/** Figures for managers; formulas as in DOMAIN.md, written once in the domain. */
@Local
public interface ReportService {

    /** Maximum length of a report period, in days. */
    int MAX_DAYS = 366;

    /** Rooms available, sold, occupancy %, ADR and RevPAR per business date from..to (inclusive). */
    OccupancyReportView occupancy(LocalDate from, LocalDate to);

    /*
     * The reports of a business date below take the date, or null for the last closed day (the day
     * before the hotel's business date); a date after the business date is refused.
     */

    /**
     * The manager's daily report: the day, month to date and year to date against the same dates a
     * year before, read only from the figures the night audit froze (never recomputed).
     */
    ManagerReportView managerReport(LocalDate date);

    /**
     * Pace: for each of the next twelve months, the rooms and room revenue on the books at the close of
     * {@code date} (null: the last closed day) against the books of the same date last year and that month's
     * final figures; read only from what the night audit froze.
     */
    org.innkeeper.application.dto.PaceReportView pace(LocalDate date);

    /**
     * The trial balance of the day: the guest ledger's opening balance, the day's charges by department
     * and payments by method, the closing balance and the same summed folio by folio; the deposits in
     * it; the city ledger: what companies owe (invoices billed, payments received), summed company by company apart.
     */
    TrialBalanceView trialBalance(LocalDate date);

    /** The payments of the day by member of staff and method, with totals. */
    CashierReportView cashierReport(LocalDate date);

    /** A report of the day as one table, as the files and the desk show it. */
    ReportTable table(ReportKind report, LocalDate date);

    /** A report of the day as a CSV, XLSX or PDF file. */
    ReportDocument document(ReportKind report, LocalDate date, ReportFormat format);
}
