package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a change to a reservation would be, before it is made: whether it can be made (the
 * reservation's own room counted free on its own nights), the new stay's offer (every night's price,
 * taxes, total and policies; null when it can't be priced), why not where it can't, and the difference
 * to what the booking costs now.
 */
public record ModificationQuoteView(
        String confirmationNumber,
        boolean available,
        String roomType,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        OfferView offer,
        List<ReasonView> reasons,
        BigDecimal currentTotal,
        BigDecimal difference,
        String currency) implements Serializable {
}
