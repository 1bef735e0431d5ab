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

    @Version
    private long version;

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

    /** The guest's wishes and the hotel's notes about them, as the desk keeps them. */
    public void describe(Profile profile) {
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
        if (v.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r')) {
            throw new InvalidValueException(field, "contains control characters");
        }
        return v;
    }

    /** Remembers who the guest is by the document shown at check-in. */
    public void registered(String docType, String docNumber, String nationalityCode, LocalDate born) {
        if (docNumber != null) {
            documentType = docType;
            documentNumber = docNumber;
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
