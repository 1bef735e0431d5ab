package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.GuestSummaryView;

/** The guest as a person: one profile across stays, found, read, kept up to date and merged by staff. */
@Local
public interface GuestService {

    /** Profiles (not merged into another) whose name, e-mail or phone contains the text, by name. */
    List<GuestSummaryView> search(String text, int limit);

    /** A profile with all its stays. */
    GuestProfileView profile(long guestId);

    /** The profile a reservation belongs to, as the desk shows it beside the reservation. */
    GuestProfileView profileOf(String confirmationNumber);

    /** Changes the guest's contacts, wishes, notes and alert; who did it is recorded. */
    GuestProfileView update(long guestId, @NotNull @Valid GuestProfileRequest request);

    /**
     * The duplicate is the same person as the survivor: its reservations move to the survivor, its
     * wishes and notes are combined into the survivor's, and it is marked merged. Refused into itself
     * and into (or of) a profile merged already.
     */
    GuestProfileView merge(long survivorId, long duplicateId);
}
