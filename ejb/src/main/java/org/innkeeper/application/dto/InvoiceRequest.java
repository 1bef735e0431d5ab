package org.innkeeper.application.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An invoice of what the folio holds that is not invoiced yet. The recipient defaults to the guest;
 * a company gives its name, address and VAT ID. {@code language} en or ru (default: the guest's).
 * {@code window}: the folio window invoiced (default 1, the guest's); another window's recipient
 * defaults to its payee.
 */
public record InvoiceRequest(
        @Size(max = 200) String recipientName,
        @Size(max = 300) String recipientAddress,
        @Size(max = 30) String recipientVatId,
        @Pattern(regexp = "en|ru", message = "must be en or ru") String language,
        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(8) Integer window)
        implements Serializable {

    public static final InvoiceRequest TO_THE_GUEST = new InvoiceRequest(null, null, null, null, null);

    @jakarta.json.bind.annotation.JsonbCreator
    public InvoiceRequest(@jakarta.json.bind.annotation.JsonbProperty("recipientName") String recipientName,
                          @jakarta.json.bind.annotation.JsonbProperty("recipientAddress") String recipientAddress,
                          @jakarta.json.bind.annotation.JsonbProperty("recipientVatId") String recipientVatId,
                          @jakarta.json.bind.annotation.JsonbProperty("language") String language,
                          @jakarta.json.bind.annotation.JsonbProperty("window") Integer window) {
        this.recipientName = recipientName;
        this.recipientAddress = recipientAddress;
        this.recipientVatId = recipientVatId;
        this.language = language;
        this.window = window;
    }

    /** An invoice of the guest's window (1). */
    public InvoiceRequest(String recipientName, String recipientAddress, String recipientVatId, String language) {
        this(recipientName, recipientAddress, recipientVatId, language, null);
    }

    /** The same request for another window. */
    public InvoiceRequest forWindow(int number) {
        return new InvoiceRequest(recipientName, recipientAddress, recipientVatId, language, number);
    }

    public int windowOrGuest() {
        return window == null ? 1 : window;
    }
}
