package org.innkeeper.domain.invoice;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface InvoiceRepository {

    /**
     * The next number of the series, taken in the caller's transaction: the counter's row stays locked
     * until it ends, and a rollback gives the number back. No gaps, no duplicates.
     */
    long nextNumber(InvoiceSeries series);

    void store(Invoice invoice);

    void store(InvoiceDocument document);

    Optional<Invoice> find(long id);

    /** The invoice with its row locked: two clerks cannot both cancel it. */
    Optional<Invoice> findForUpdate(long id);

    Optional<InvoiceDocument> document(long invoiceId);

    /** Invoices and credit notes of a stay, oldest first. */
    List<Invoice> ofReservation(long reservationId);

    /** The postings of a folio on an invoice that no credit note cancelled. */
    Set<Long> invoicedPostings(long folioId);
}
