package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or credit note as issued. {@code number} is as printed (INV-000042, CN-000003);
 * {@code series} INVOICE or CREDIT_NOTE; a credit note names the invoice it {@code credits}, a
 * cancelled invoice the credit note that {@code cancelledBy} it. Totals: net and VAT of the charges,
 * the city tax (no VAT), gross = net + VAT + city tax, what was paid and the balance. The hotel's legal
 * identity is the issuer's.
 */
public record InvoiceView(
        long id,
        String number,
        String series,
        String confirmationNumber,
        String credits,
        String cancelledBy,
        String reason,
        LocalDate issuedOn,
        Instant issuedAt,
        String issuedBy,
        Issuer issuer,
        String recipientName,
        String recipientAddress,
        String recipientVatId,
        String language,
        String currency,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        List<Line> lines,
        List<VatRate> vat,
        BigDecimal netTotal,
        BigDecimal vatTotal,
        BigDecimal cityTax,
        BigDecimal grossTotal,
        BigDecimal paid,
        BigDecimal balance) implements Serializable {

    public record Issuer(String legalName, String address, String vatId) implements Serializable {
    }

    /** A line: CHARGE, TAX (the city tax) or PAYMENT. */
    public record Line(int no, String kind, LocalDate date, String article, String description, BigDecimal net,
                       BigDecimal vatPercent, BigDecimal vat, BigDecimal gross) implements Serializable {
    }

    /** The VAT of one rate: net, VAT and gross of the charges at that rate. */
    public record VatRate(BigDecimal percent, BigDecimal net, BigDecimal vat, BigDecimal gross) implements Serializable {
    }
}
