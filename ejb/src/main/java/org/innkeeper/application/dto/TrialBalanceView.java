package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The trial balance of a business date: the guest ledger, the part of its closing balance that is
 * deposits (folios whose guest had not arrived by then; money taken ahead shows as a credit, negative),
 * and the city ledger. {@code balanced} when every ledger balances.
 */
public record TrialBalanceView(LocalDate date, String currency, LedgerView guestLedger, BigDecimal deposits,
                               LedgerView cityLedger, boolean balanced) implements Serializable {
}
