package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The guest's account: its postings, totals and the balance still to pay. */
public record FolioView(
        String confirmationNumber,
        String guestName,
        String roomNumber,
        String reservationStatus,
        List<PostingView> postings,
        BigDecimal charges,
        BigDecimal payments,
        BigDecimal balance,
        String currency,
        List<WindowView> windows,
        List<FixedChargeView> fixedCharges,
        boolean houseUse) implements Serializable {

    /** An article the stay takes every night, posted by the night audit (from..to null: the stay's ends). */
    public record FixedChargeView(int number, String article, String articleName, int quantity, BigDecimal unitPrice,
                                  java.time.LocalDate from, java.time.LocalDate to, String addedBy)
            implements Serializable {
    }

    /**
     * A window: 1 is the guest's; others have a payee of their own. {@code routed} lists the articles
     * routed to it (with their dates when not the whole stay); {@code companyId} the company of the city
 * ledger it can be billed to.
     */
    public record WindowView(int number, String payee, String payeeVatId, BigDecimal balance, List<String> routed,
                             Long companyId) implements Serializable {
    }
}
