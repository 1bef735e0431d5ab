package org.innkeeper.web.desk.guest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.innkeeper.application.GuestService;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.GuestSummaryView;
import org.innkeeper.domain.room.RoomFeature;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * One guest's profile: contacts, wishes, notes and the alert, kept by the desk; past stays; and
 * merging another profile of the same person into this one.
 */
@Named
@ViewScoped
public class GuestProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GuestService guests;
    @Inject
    private FacesMessages messages;

    private Long id;
    private GuestProfileView profile;

    private String email;
    private String phone;
    private String language;
    private Integer vipLevel;
    private String loyaltyTier;
    private List<String> preferences = new ArrayList<>();
    private Integer preferredFloor;
    private String pillow;
    private String allergies;
    private String preferenceNote;
    private String notes;
    private String alert;

    private String mergeText;
    private List<GuestSummaryView> mergeCandidates = List.of();

    public void load() {
        if (id == null) {
            messages.error("guest.missing");
            return;
        }
        try {
            show(guests.profile(id));
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    private void show(GuestProfileView p) {
        profile = p;
        email = p.email();
        phone = p.phone();
        language = p.language();
        vipLevel = p.vipLevel();
        loyaltyTier = p.loyaltyTier();
        preferences = new ArrayList<>(p.preferences());
        preferredFloor = p.preferredFloor();
        pillow = p.pillow();
        allergies = p.allergies();
        preferenceNote = p.preferenceNote();
        notes = p.notes();
        alert = p.alert();
    }

    public void save() {
        try {
            show(guests.update(id, new GuestProfileRequest(email, phone, blank(language), vipLevel, loyaltyTier,
                    preferences, preferredFloor, blank(pillow), blank(allergies), blank(preferenceNote), blank(notes),
                    blank(alert))));
            messages.info("guest.saved");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /** An emptied field is cleared (the service keeps what is left out, clears what is empty). */
    private static String blank(String text) {
        return text == null ? "" : text;
    }

    public void findDuplicates() {
        mergeCandidates = mergeText == null || mergeText.isBlank() ? List.of()
                : guests.search(mergeText.strip(), GuestSearchBean.LIMIT).stream()
                        .filter(g -> g.id() != profile.id()).toList();
    }

    /** The profile chosen is the same person: merged into this one. */
    public void merge(long duplicateId) {
        try {
            show(guests.merge(id, duplicateId));
            mergeCandidates = List.of();
            mergeText = null;
            messages.info("guest.merged");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public List<String> getFeatures() {
        return Arrays.stream(RoomFeature.values()).map(Enum::name).toList();
    }

    public List<String> getTiers() {
        return List.of("NONE", "SILVER", "GOLD", "PLATINUM");
    }

    public List<Integer> getVipLevels() {
        return List.of(0, 1, 2, 3);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GuestProfileView getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getVipLevel() {
        return vipLevel;
    }

    public void setVipLevel(Integer vipLevel) {
        this.vipLevel = vipLevel;
    }

    public String getLoyaltyTier() {
        return loyaltyTier;
    }

    public void setLoyaltyTier(String loyaltyTier) {
        this.loyaltyTier = loyaltyTier;
    }

    public List<String> getPreferences() {
        return preferences;
    }

    public void setPreferences(List<String> preferences) {
        this.preferences = preferences == null ? new ArrayList<>() : new ArrayList<>(preferences);
    }

    public Integer getPreferredFloor() {
        return preferredFloor;
    }

    public void setPreferredFloor(Integer preferredFloor) {
        this.preferredFloor = preferredFloor;
    }

    public String getPillow() {
        return pillow;
    }

    public void setPillow(String pillow) {
        this.pillow = pillow;
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String allergies) {
        this.allergies = allergies;
    }

    public String getPreferenceNote() {
        return preferenceNote;
    }

    public void setPreferenceNote(String preferenceNote) {
        this.preferenceNote = preferenceNote;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public String getMergeText() {
        return mergeText;
    }

    public void setMergeText(String mergeText) {
        this.mergeText = mergeText;
    }

    public List<GuestSummaryView> getMergeCandidates() {
        return mergeCandidates;
    }
}
