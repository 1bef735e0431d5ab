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
        String currency) implements Serializable {
}
