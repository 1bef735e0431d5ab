package org.innkeeper.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF of an invoice as issued: kept, and reprinted byte for byte. */
@Entity
@Table(name = "invoice_document")
public class InvoiceDocument {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(nullable = false)
    private byte[] pdf;

    protected InvoiceDocument() {
    }

    public InvoiceDocument(long invoiceId, byte[] pdf) {
        this.invoiceId = invoiceId;
        this.pdf = pdf.clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
