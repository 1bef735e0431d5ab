package org.innkeeper.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A folio window for another payee: who (a company), its address and VAT ID for the invoice. */
public record WindowRequest(@NotBlank @Size(max = 200) String payeeName, @Size(max = 300) String payeeAddress,
                            @Size(max = 30) String payeeVatId) implements Serializable {
}
