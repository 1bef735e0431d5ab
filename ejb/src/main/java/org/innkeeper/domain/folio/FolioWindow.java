package org.innkeeper.domain.folio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A window of a folio beyond the guest's own (window 1): who pays what is routed to it, e.g. the
 * company paying the room. Invoices are made per window, to its payee.
 */
@Embeddable
public class FolioWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "window_no", nullable = false)
    private int number;

    @Column(name = "payee_name", nullable = false, length = 200)
    private String payeeName;

    @Column(name = "payee_address", length = 300)
    private String payeeAddress;

    @Column(name = "payee_vat_id", length = 30)
    private String payeeVatId;

    /** The company the window is billed to on the city ledger, if any. */
    @Column(name = "company_id")
    private Long companyId;

    protected FolioWindow() {
    }

    FolioWindow(int number, String payeeName, String payeeAddress, String payeeVatId, Long companyId) {
        this.companyId = companyId;
        this.number = number;
        this.payeeName = payeeName;
        this.payeeAddress = payeeAddress;
        this.payeeVatId = payeeVatId;
    }

    public int number() {
        return number;
    }

    public String payeeName() {
        return payeeName;
    }

    public String payeeAddress() {
        return payeeAddress;
    }

    public Long companyId() {
        return companyId;
    }

    public String payeeVatId() {
        return payeeVatId;
    }
}
