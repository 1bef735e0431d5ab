package org.innkeeper.application.dto;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A folio window for another payee: who, its address and VAT ID for the invoice; or a company of the
 * city ledger ({@code companyId}: its name, address and VAT ID are taken, and the window can be
 * billed to its account).
 */
public record WindowRequest(@Size(max = 200) String payeeName, @Size(max = 300) String payeeAddress,
                            @Size(max = 30) String payeeVatId, Long companyId) implements Serializable {

    @jakarta.json.bind.annotation.JsonbCreator
    public WindowRequest(@jakarta.json.bind.annotation.JsonbProperty("payeeName") String payeeName,
                         @jakarta.json.bind.annotation.JsonbProperty("payeeAddress") String payeeAddress,
                         @jakarta.json.bind.annotation.JsonbProperty("payeeVatId") String payeeVatId,
                         @jakarta.json.bind.annotation.JsonbProperty("companyId") Long companyId) {
        this.payeeName = payeeName;
        this.payeeAddress = payeeAddress;
        this.payeeVatId = payeeVatId;
        this.companyId = companyId;
    }

    /** A window for a payee named here. */
    public WindowRequest(String payeeName, String payeeAddress, String payeeVatId) {
        this(payeeName, payeeAddress, payeeVatId, null);
    }
}
