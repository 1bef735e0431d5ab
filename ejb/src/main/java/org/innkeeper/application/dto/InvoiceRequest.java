package org.innkeeper.application.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An invoice of what the folio holds that is not invoiced yet. The recipient defaults to the guest;
 * a company gives its name, address and VAT ID. {@code language} en or ru (default: the guest's).
 */
public record InvoiceRequest(
        @Size(max = 200) String recipientName,
        @Size(max = 300) String recipientAddress,
        @Size(max = 30) String recipientVatId,
        @Pattern(regexp = "en|ru", message = "must be en or ru") String language) implements Serializable {

    public static final InvoiceRequest TO_THE_GUEST = new InvoiceRequest(null, null, null, null);
}
