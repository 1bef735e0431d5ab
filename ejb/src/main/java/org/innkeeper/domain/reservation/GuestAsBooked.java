package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.SearchKeys;

/**
 * The guest as the booker gave them: name and contacts on the reservation, apart from the profile
 * it is attached to. A channel is shown this, never the profile (which the desk and other channels
 * keep too), and a later change to the profile or a merge does not rewrite what was booked.
 */
@Embeddable
public final class GuestAsBooked implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "guest_first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "guest_last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "guest_email", length = 200)
    private String email;

    @Column(name = "guest_phone", length = 40)
    private String phone;

    // Kept for the desk's and the channels' search (SearchKeys): plain indexed prefixes.
    @Column(name = "guest_search_last_name", nullable = false, length = 100)
    private String searchLastName;

    @Column(name = "guest_search_full_name", nullable = false, length = 201)
    private String searchFullName;

    protected GuestAsBooked() {
    }

    public GuestAsBooked(String firstName, String lastName, String email, String phone) {
        FreeText.line("guest.email", email);
        FreeText.line("guest.phone", phone);
        this.firstName = PersonalData.name("guest.firstName", firstName);
        this.lastName = PersonalData.name("guest.lastName", lastName);
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
        this.searchLastName = SearchKeys.text(this.lastName);
        this.searchFullName = SearchKeys.fullName(this.firstName, this.lastName);
        if (this.email != null && this.email.length() > 200) {
            throw new InvalidValueException("guest.email", "is longer than 200 characters");
        }
        if (this.phone != null && this.phone.length() > 40) {
            throw new InvalidValueException("guest.phone", "is longer than 40 characters");
        }
    }

    /** A profile's details as they stand now (a booking made for a profile, as the seeder's). */
    public static GuestAsBooked of(Guest guest) {
        return new GuestAsBooked(guest.firstName(), guest.lastName(), guest.email(), guest.phone());
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

    @Override
    public boolean equals(Object o) {
        return o instanceof GuestAsBooked g && firstName.equals(g.firstName) && lastName.equals(g.lastName)
                && Objects.equals(email, g.email) && Objects.equals(phone, g.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstName, lastName, email, phone);
    }
}
