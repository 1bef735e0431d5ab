package org.innkeeper.domain.guest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomFeature;
import java.util.Locale;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.SearchKeys;
import org.innkeeper.domain.shared.StateConflictException;

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

    /** The language the guest is spoken and written to in (en, ru). */
    @Column(length = 5)
    private String language;

    /** 0 none, 1 to 3 VIP levels. */
    @Column(name = "vip_level", nullable = false)
    private int vipLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "loyalty_tier", nullable = false, length = 10)
    private LoyaltyTier loyaltyTier = LoyaltyTier.NONE;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "guest_preference", joinColumns = @JoinColumn(name = "guest_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 20)
    private Set<RoomFeature> preferences = new HashSet<>();

    @Column(name = "preferred_floor")
    private Integer preferredFloor;

    @Column(length = 60)
    private String pillow;

    @Column(length = 200)
    private String allergies;

    @Column(name = "preference_note", length = 500)
    private String preferenceNote;

    @Column(length = 2000)
    private String notes;

    /** Shown to the clerk at check-in and on the arrivals board. */
    @Column(length = 300)
    private String alert;

    @Column(length = 2)
    private String nationality;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "document_type", length = 20)
    private String documentType;

    @Column(name = "document_number", length = 40)
    private String documentNumber;

    /** Set when this profile was found to be the same person as another and merged into it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Guest mergedInto;

    @Column(name = "merged_at")
    private Instant mergedAt;

    /** Who last changed the profile (or merged another into it, or this into another), and when. */
    @Column(name = "changed_by", length = 40)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    // Kept for the desk's search (SearchKeys): plain indexed prefixes, whatever the case typed.
    @Column(name = "search_last_name", nullable = false, length = 100)
    private String searchLastName;

    @Column(name = "search_full_name", nullable = false, length = 201)
    private String searchFullName;

    @Column(name = "search_phone", length = 40)
    private String searchPhone;

    protected Guest() {
    }

    public Guest(String firstName, String lastName, String email, String phone, Instant createdAt) {
        this.firstName = required("guest.firstName", firstName, 100);
        this.lastName = required("guest.lastName", lastName, 100);
        this.email = email == null || email.isBlank() ? null
                : FreeText.line("guest.email", email).trim().toLowerCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : FreeText.line("guest.phone", phone).trim();
        this.createdAt = createdAt;
        this.searchLastName = SearchKeys.text(this.lastName);
        this.searchFullName = SearchKeys.fullName(this.firstName, this.lastName);
        this.searchPhone = SearchKeys.phone(this.phone);
    }

    private static String required(String field, String value, int max) {
        return org.innkeeper.domain.shared.PersonNames.required(field, value, max);
    }

    static boolean hasHiddenCharacters(String text) {
        return org.innkeeper.domain.shared.PersonNames.hasHiddenCharacters(text);
    }

    /** Keeps the newest contact details the guest gave. */
    public void updateContacts(String newEmail, String newPhone) {
        if (newPhone != null && !newPhone.isBlank()) {
            this.phone = FreeText.line("guest.phone", newPhone).trim();
            this.searchPhone = SearchKeys.phone(this.phone);
        }
        if (newEmail != null && !newEmail.isBlank()) {
            this.email = FreeText.line("guest.email", newEmail).trim().toLowerCase(Locale.ROOT);
        }
    }

    /** The guest's wishes and the hotel's notes about them, as the desk keeps them, by a member of staff. */
    public void describe(Profile profile, String by, Instant at) {
        requireActive();
        describe(profile);
        changed(by, at);
    }

    /** The guest's wishes and the hotel's notes about them, as the desk keeps them. */
    public void describe(Profile profile) {
        requireActive();
        language = profile.language() == null || profile.language().isBlank() ? null
                : profile.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !language.matches("en|ru")) {
            throw new InvalidValueException("language", "the hotel writes to guests in en or ru");
        }
        if (profile.vipLevel() < 0 || profile.vipLevel() > 3) {
            throw new InvalidValueException("vipLevel", "VIP level is 0 (none) to 3");
        }
        vipLevel = profile.vipLevel();
        loyaltyTier = profile.loyaltyTier() == null ? LoyaltyTier.NONE : profile.loyaltyTier();
        preferences.clear();
        if (profile.preferences() != null) {
            preferences.addAll(profile.preferences());
        }
        if (profile.preferredFloor() != null && (profile.preferredFloor() < 0 || profile.preferredFloor() > 200)) {
            throw new InvalidValueException("preferredFloor", "a floor is 0 to 200");
        }
        preferredFloor = profile.preferredFloor();
        pillow = optional("pillow", profile.pillow(), 60);
        allergies = optional("allergies", profile.allergies(), 200);
        preferenceNote = optional("preferenceNote", profile.preferenceNote(), 500);
        notes = optional("notes", profile.notes(), 2000);
        alert = optional("alert", profile.alert(), 300);
    }

    /** What the desk may say about a guest, as one value. */
    public record Profile(String language, int vipLevel, LoyaltyTier loyaltyTier, Set<RoomFeature> preferences,
                          Integer preferredFloor, String pillow, String allergies, String preferenceNote,
                          String notes, String alert) {
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidValueException(field, "is longer than " + max + " characters");
        }
        return FreeText.lines(field, v);
    }

    /**
     * The same person as {@code duplicate}: this profile (the survivor) takes in the duplicate's
     * wishes, notes and missing contacts, the higher VIP level and loyalty tier; the duplicate is
     * marked merged into this one. The caller moves the duplicate's reservations here.
     */
    public void absorb(Guest duplicate, String by, Instant at) {
        if (duplicate == this || (id != null && id.equals(duplicate.id))) {
            throw new StateConflictException("merge-into-itself", "duplicateId", "a profile can't be merged into itself");
        }
        if (mergedInto != null) {
            throw new StateConflictException("profile-merged", "profile " + id + " was merged into profile "
                    + mergedInto.id() + ": merge into that one");
        }
        if (duplicate.mergedInto != null) {
            throw new StateConflictException("profile-merged", "duplicateId", "profile " + duplicate.id
                    + " was already merged into profile " + duplicate.mergedInto.id());
        }
        email = email != null ? email : duplicate.email;
        phone = phone != null ? phone : duplicate.phone;
        searchPhone = SearchKeys.phone(phone);
        language = language != null ? language : duplicate.language;
        vipLevel = Math.max(vipLevel, duplicate.vipLevel);
        loyaltyTier = loyaltyTier.ordinal() >= duplicate.loyaltyTier.ordinal() ? loyaltyTier : duplicate.loyaltyTier;
        preferences.addAll(duplicate.preferences);
        preferredFloor = preferredFloor != null ? preferredFloor : duplicate.preferredFloor;
        pillow = combined(pillow, duplicate.pillow, "; ", 60);
        allergies = combined(allergies, duplicate.allergies, "; ", 200);
        preferenceNote = combined(preferenceNote, duplicate.preferenceNote, "; ", 500);
        notes = combined(notes, duplicate.notes, "\n", 2000);
        alert = combined(alert, duplicate.alert, "; ", 300);
        if (documentNumber == null && duplicate.documentNumber != null) {
            documentType = duplicate.documentType;
            documentNumber = duplicate.documentNumber;
        }
        nationality = nationality != null ? nationality : duplicate.nationality;
        birthDate = birthDate != null ? birthDate : duplicate.birthDate;
        duplicate.mergedInto = this;
        duplicate.mergedAt = at;
        duplicate.changed(by, at);
        changed(by, at);
    }

    /** Both texts once (the second left out where the first says it already), cut to the column's length. */
    static String combined(String kept, String added, String separator, int max) {
        if (added == null || added.isBlank()) {
            return kept;
        }
        if (kept == null || kept.isBlank()) {
            return added;
        }
        if (kept.toLowerCase(Locale.ROOT).contains(added.toLowerCase(Locale.ROOT))) {
            return kept;
        }
        String both = kept + separator + added;
        return both.length() <= max ? both : both.substring(0, max - 1) + "\u2026";
    }

    private void requireActive() {
        if (mergedInto != null) {
            throw new StateConflictException("profile-merged", "this profile was merged into profile "
                    + mergedInto.id() + ": change that one");
        }
    }

    private void changed(String by, Instant at) {
        changedBy = by;
        changedAt = at;
    }

    /** The same telephone number, however it was written (spaces, dashes, brackets). */
    public boolean hasPhone(String other) {
        String mine = digits(phone);
        return mine != null && mine.length() >= 6 && mine.equals(digits(other));
    }

    private static String digits(String text) {
        if (text == null) {
            return null;
        }
        String d = text.replaceAll("[^0-9]", "");
        return d.isEmpty() ? null : d;
    }

    /** The same first and last name, whatever the case and surrounding spaces. */
    public boolean isNamed(String first, String last) {
        return first != null && last != null && firstName.equalsIgnoreCase(first.strip())
                && lastName.equalsIgnoreCase(last.strip());
    }

    /** The profile that stands for this person now: this one, or the one it was merged into (and so on). */
    public Guest survivor() {
        Guest g = this;
        while (g.mergedInto != null) {
            g = g.mergedInto;
        }
        return g;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** Remembers who the guest is by the document shown at check-in. */
    public void registered(String docType, String docNumber, String nationalityCode, LocalDate born) {
        if (docNumber != null) {
            documentType = docType;
            documentNumber = FreeText.line("documentNumber", docNumber);
        }
        if (nationalityCode != null) {
            nationality = nationalityCode;
        }
        if (born != null) {
            birthDate = born;
        }
    }

    /** VIP or a loyalty member: the guests whose requests have the tighter targets. */
    public boolean isVip() {
        return vipLevel > 0;
    }

    /** How well a room suits the guest's stated wishes: one point per feature and for the floor. */
    public int suitability(Room room) {
        int score = 0;
        for (RoomFeature wish : preferences) {
            if (room.has(wish)) {
                score++;
            }
        }
        if (preferredFloor != null && preferredFloor == room.floor()) {
            score++;
        }
        return score;
    }

    public String language() {
        return language;
    }

    public int vipLevel() {
        return vipLevel;
    }

    public LoyaltyTier loyaltyTier() {
        return loyaltyTier;
    }

    public Set<RoomFeature> preferences() {
        return preferences.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(preferences));
    }

    public Integer preferredFloor() {
        return preferredFloor;
    }

    public String pillow() {
        return pillow;
    }

    public String allergies() {
        return allergies;
    }

    public String preferenceNote() {
        return preferenceNote;
    }

    public String notes() {
        return notes;
    }

    public String alert() {
        return alert;
    }

    public String nationality() {
        return nationality;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String documentType() {
        return documentType;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Guest mergedInto() {
        return mergedInto;
    }

    public Instant createdAt() {
        return createdAt;
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
