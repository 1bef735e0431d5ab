package org.innkeeper.application.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A company's account on the city ledger as of the business date: what it owes, the ageing of its open
 * items (0–30, 31–60, 61–90, over 90 days), the open invoices (payments set against the oldest first)
 * and every entry.
 */
public record CompanyAccountView(CompanyView company, LocalDate asOf, BigDecimal owed, BigDecimal days0to30,
                                 BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90,
                                 List<OpenItem> openItems, List<Entry> entries) implements Serializable {

    public record OpenItem(Long invoiceId, String description, LocalDate billedOn, BigDecimal billed, BigDecimal open,
                           long days) implements Serializable {
    }

    public record Entry(long id, String kind, LocalDate businessDate, Instant postedAt, String postedBy,
                        String description, String method, BigDecimal amount) implements Serializable {
    }
}
