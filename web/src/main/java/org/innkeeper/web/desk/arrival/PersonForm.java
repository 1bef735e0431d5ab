package org.innkeeper.web.desk.arrival;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.innkeeper.application.dto.CompanionRequest;

/**
 * A person registered at check-in, as the clerk types them in: the main guest (whose name is on the
 * reservation already) or a companion sharing the room.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 100)
    private String firstName;
    @Size(max = 100)
    private String lastName;
    private String documentType;
    @Size(max = 40)
    private String documentNumber;
    private String nationality;
    private LocalDate birthDate;

    PersonForm(String documentType) {
        this.documentType = documentType;
    }

    /** A companion: the document only when a number is given (children often have none). */
    CompanionRequest toCompanion() {
        boolean document = documentNumber != null && !documentNumber.isBlank();
        return new CompanionRequest(firstName, lastName, document ? documentType : null,
                document ? strippedDocumentNumber() : null, nationality, birthDate);
    }

    /** A clean form for the next person; the document type stays as it was. */
    void clear() {
        firstName = lastName = documentNumber = nationality = null;
        birthDate = null;
    }

    String strippedDocumentNumber() {
        return documentNumber == null ? null : documentNumber.strip();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
