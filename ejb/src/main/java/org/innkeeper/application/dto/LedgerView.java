package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One ledger of the trial balance: opening + charges − payments = closing. {@code folioBalances} is
 * the same closing summed folio by folio apart; {@code balanced} says the two agree.
 */
public record LedgerView(
        String ledger,
        BigDecimal opening,
        List<AmountLineView> charges,
        BigDecimal chargesTotal,
        List<AmountLineView> payments,
        BigDecimal paymentsTotal,
        BigDecimal closing,
        BigDecimal folioBalances,
        int folios,
        int openFolios,
        boolean balanced,
        String note) implements Serializable {
}
