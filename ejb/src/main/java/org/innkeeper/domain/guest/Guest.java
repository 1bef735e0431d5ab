package org.innkeeper.domain.guest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.innkeeper.domain.shared.InvalidValueException;

/** A guest's profile: one person across all stays. */
@Entity
@Table(name = "guest")
public class Guest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guest_seq")
    @SequenceGenerator(name = "guest_seq", sequenceName = "guest_seq", allocationSize = 50)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private String email;

    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Guest() {
    }

    public Guest(String firstName, String lastName, String email, String phone, Instant createdAt) {
        this.firstName = required("guest.firstName", firstName, 100);
        this.lastName = required("guest.lastName", lastName, 100);
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
        this.createdAt = createdAt;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "is longer than " + max + " characters");
        }
        if (hasHiddenCharacters(trimmed)) {
            throw new InvalidValueException(field, "contains control or text-direction characters");
        }
        return trimmed;
    }

    /**
     * Control characters and text-direction overrides have no place in a name: they hide or
     * reorder what staff read on the screen and on the invoice.
     */
    static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F);
    }

    /** Keeps the newest contact details the guest gave. */
    public void updateContacts(String newEmail, String newPhone) {
        if (newPhone != null && !newPhone.isBlank()) {
            this.phone = newPhone.trim();
        }
        if (newEmail != null && !newEmail.isBlank()) {
            this.email = newEmail.trim().toLowerCase(Locale.ROOT);
        }
    }

    public Long id() {
        return id;
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

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
