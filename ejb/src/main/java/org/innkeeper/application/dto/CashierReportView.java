package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The payments of a business date by member of staff and method, with totals by each and in all. */
public record CashierReportView(LocalDate date, String currency, List<CashierLineView> lines,
                                List<AmountLineView> byCashier, List<AmountLineView> byMethod, long payments,
                                BigDecimal total) implements Serializable {
}
