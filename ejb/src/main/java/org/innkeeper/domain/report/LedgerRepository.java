package org.innkeeper.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innkeeper.domain.folio.Department;

/**
 * The guest ledger read off the postings for the trial balance and the cashier report. Amounts are
 * gross; a payment lowers a balance, a refund (a negative payment) raises it again.
 */
public interface LedgerRepository {

    /** The sum of every folio's postings of business dates before {@code date}: charges minus payments. */
    BigDecimal balanceBefore(LocalDate date);

    /** The charges (room, tax, extras, fees, their corrections) of the business date by department. */
    Map<Department, BigDecimal> chargesOn(LocalDate date);

    /** The payments (refunds negative) of the business date by method (CASH, CARD, BANK_TRANSFER). */
    Map<String, BigDecimal> paymentsOn(LocalDate date);

    /**
     * Each folio's balance as of the close of {@code date}, summed folio by folio, apart from the
     * running sum above, and the part of it on folios whose guest had not arrived by then.
     */
    FolioBalances folioBalancesAsOf(LocalDate date);

    /** The payments of the business date by who took them and how. */
    List<CashierTakings> paymentsByCashier(LocalDate date);

    record FolioBalances(int folios, int open, BigDecimal total, BigDecimal beforeArrival) {
    }

    record CashierTakings(String postedBy, String method, long payments, BigDecimal amount) {
    }
}
