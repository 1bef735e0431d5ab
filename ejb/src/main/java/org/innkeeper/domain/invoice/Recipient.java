package org.innkeeper.domain.invoice;

import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;

/** Who an invoice is made out to: the guest, or a company with its VAT ID. */
public record Recipient(String name, String address, String vatId) {

    public Recipient {
        name = name == null ? "" : FreeText.line("recipientName", name).strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidValueException("recipientName", "an invoice needs a recipient of at most 200 characters");
        }
        address = address == null || address.isBlank() ? null : FreeText.line("recipientAddress", address).strip();
        if (address != null && address.length() > 300) {
            throw new InvalidValueException("recipientAddress", "an address has at most 300 characters");
        }
        vatId = vatId == null || vatId.isBlank() ? null : vatId.strip().toUpperCase(java.util.Locale.ROOT);
        if (vatId != null && !vatId.matches("[A-Z0-9 .-]{4,30}")) {
            throw new InvalidValueException("recipientVatId", "a VAT ID is 4 to 30 letters and digits");
        }
    }
}
