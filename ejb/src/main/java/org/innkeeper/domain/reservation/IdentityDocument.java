package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.innkeeper.domain.shared.CardNumbers;
import org.innkeeper.domain.shared.InvalidValueException;

/** The document the guest showed at registration. */
@Embeddable
public final class IdentityDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 20)
    private DocumentType type;

    @Column(name = "document_number", length = 40)
    private String number;

    protected IdentityDocument() {
    }

    public IdentityDocument(DocumentType type, String number) {
        if (type == null) {
            throw new InvalidValueException("documentType", "the identity document type is required");
        }
        String n = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        // Letters of any script: Cyrillic, Greek or Latin passports alike.
        if (!n.matches("[\\p{L}\\p{N} -]{4,40}")) {
            throw new InvalidValueException("documentNumber",
                    "a document number has 4 to 40 letters, digits, spaces or dashes");
        }
        CardNumbers.refuseIn("documentNumber", n);
        this.type = type;
        this.number = n;
    }

    public static IdentityDocument of(String type, String number) {
        DocumentType parsed;
        try {
            parsed = DocumentType.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("documentType", "unknown document type " + type
                    + " (PASSPORT, ID_CARD or DRIVING_LICENCE)");
        }
        return new IdentityDocument(parsed, number);
    }

    public DocumentType type() {
        return type;
    }

    public String number() {
        return number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityDocument d && type == d.type && Objects.equals(number, d.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number);
    }
}
