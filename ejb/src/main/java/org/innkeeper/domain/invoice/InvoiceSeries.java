package org.innkeeper.domain.invoice;

/** The numbering series: invoices, and the credit notes that cancel them. Each has its own gap-free counter. */
public enum InvoiceSeries {
    INVOICE("INV"), CREDIT_NOTE("CN");

    private final String prefix;

    InvoiceSeries(String prefix) {
        this.prefix = prefix;
    }

    /** The number as printed: INV-000042. */
    public String format(long number) {
        return prefix + "-" + String.format("%06d", number);
    }
}
