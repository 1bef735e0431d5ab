package org.innkeeper.domain.company;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.innkeeper.domain.shared.Money;

/**
 * A company's account on the city ledger as of a date: the invoices billed, the payments received
 * (set against the oldest invoices first), what is still open of each invoice, and the ageing of the
 * open items in buckets of 0–30, 31–60, 61–90 and over 90 days since the invoice.
 */
public final class CityLedger {

    /** What is still open of one invoice, and its age in days. */
    public record OpenItem(Long invoiceId, String description, LocalDate billedOn, Money billed, Money open, long days) {
    }

    private final List<OpenItem> open = new ArrayList<>();
    private final Money owed;
    private final Money[] buckets;

    public CityLedger(List<LedgerEntry> entries, LocalDate asOf, String currency) {
        Money payments = Money.zero(currency);
        for (LedgerEntry e : entries) {
            if (e.kind() == LedgerEntry.Kind.PAYMENT) {
                payments = payments.plus(e.amount());
            }
        }
        Money unallocated = payments;
        Money total = Money.zero(currency);
        buckets = new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency), Money.zero(currency)};
        List<LedgerEntry> invoices = entries.stream().filter(e -> e.kind() == LedgerEntry.Kind.INVOICE)
                .sorted(java.util.Comparator.comparing(LedgerEntry::businessDate).thenComparing(LedgerEntry::id,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        for (LedgerEntry invoice : invoices) {
            Money left = invoice.amount();
            Money used = unallocated.isGreaterThan(left) ? left : unallocated;
            unallocated = unallocated.minus(used);
            left = left.minus(used);
            if (left.isPositive()) {
                long days = ChronoUnit.DAYS.between(invoice.businessDate(), asOf);
                open.add(new OpenItem(invoice.invoiceId(), invoice.description(), invoice.businessDate(), invoice.amount(),
                        left, days));
                int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
                buckets[bucket] = buckets[bucket].plus(left);
                total = total.plus(left);
            }
        }
        // a payment beyond every invoice is a credit: it lowers what is owed
        owed = total.minus(unallocated);
    }

    /** What the company owes now (negative: it has paid in advance). */
    public Money owed() {
        return owed;
    }

    public List<OpenItem> openItems() {
        return List.copyOf(open);
    }

    /** Open amounts 0–30, 31–60, 61–90 and over 90 days old. */
    public List<Money> ageing() {
        return List.of(buckets);
    }
}
