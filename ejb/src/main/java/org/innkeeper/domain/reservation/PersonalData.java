package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * A person as registered: name, identity document, nationality (ISO 3166 alpha-2) and date of
 * birth. What the law asks for is decided by the caller; here each given value is checked.
 */
@Embeddable
public final class PersonalData implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Embedded
    private IdentityDocument document;

    @Column(length = 2)
    private String nationality;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected PersonalData() {
    }

    public PersonalData(String field, String firstName, String lastName, IdentityDocument document,
                        String nationality, LocalDate birthDate, LocalDate today) {
        this.firstName = name(field + ".firstName", firstName);
        this.lastName = name(field + ".lastName", lastName);
        this.document = document;
        this.nationality = nationality(field + ".nationality", nationality);
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(120)))) {
            throw new InvalidValueException(field + ".birthDate", "a date of birth between "
                    + today.minusYears(120) + " and today");
        }
        this.birthDate = birthDate;
    }

    static String name(String field, String value) {
        return org.innkeeper.domain.shared.PersonNames.required(field, value, org.innkeeper.domain.shared.PersonNames.MAX);
    }

    /** Nationality as a two-letter country code (DE, RU, GB), or null. */
    public static String nationality(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{2}") || !java.util.Set.of(Locale.getISOCountries()).contains(v)) {
            throw new InvalidValueException(field, "a nationality is a two-letter country code such as DE, GB or RU");
        }
        return v;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public IdentityDocument document() {
        return document;
    }

    public String nationality() {
        return nationality;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalData p && firstName.equals(p.firstName) && lastName.equals(p.lastName)
                && Objects.equals(document, p.document) && Objects.equals(nationality, p.nationality)
                && Objects.equals(birthDate, p.birthDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstName, lastName, document);
    }
}
