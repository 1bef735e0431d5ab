package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.innkeeper.application.dto.ComplaintRequest;
import org.innkeeper.application.dto.ComplaintView;
import org.innkeeper.application.dto.CompensationRequest;
import org.innkeeper.application.dto.FollowUpRequest;
import org.innkeeper.application.dto.ReasonRequest;
import org.innkeeper.application.dto.ResolutionRequest;
import org.innkeeper.application.dto.StandardResolutionView;

/**
 * Complaints, welcome from every channel: registered with the guest's words, resolved the category's
 * standard way within its target, compensated on the folio, followed up, and flagged to the manager
 * when they repeat.
 */
@Local
public interface ComplaintService {

    /** Registers a complaint, due by its category's target; flagged when it repeats an earlier one. */
    ComplaintView register(@NotNull @Valid ComplaintRequest request);

    /** By its reference (CMP-000123). */
    ComplaintView complaint(String reference);

    /** Newest first; status OPEN, RESOLVED or CLOSED, or null for all. */
    List<ComplaintView> complaints(String status, int limit);

    /** A guest's past complaints, newest first. */
    List<ComplaintView> ofGuest(long guestId);

    /** The complaints of a stay and of its guest's earlier stays, newest first: what the clerk sees at arrival. */
    List<ComplaintView> forStay(String confirmationNumber);

    ComplaintView resolve(String reference, @NotNull @Valid ResolutionRequest request);

    /** A discount or a free service posted on the stay's folio as a correction carrying the complaint's reference. */
    ComplaintView compensate(String reference, @NotNull @Valid CompensationRequest request);

    /** The guest was contacted after the resolution: closed. */
    ComplaintView followUp(String reference, @NotNull @Valid FollowUpRequest request);

    ComplaintView reopen(String reference, @NotNull @Valid ReasonRequest request);

    /** Resolved complaints whose follow-up is due now, the most overdue first. */
    List<ComplaintView> followUpsDue();

    /** Complaints that repeat an earlier one (same room and category in 30 days, or the same guest), for the manager. */
    List<ComplaintView> repeats();

    List<StandardResolutionView> standards();

    /** A manager changes a category's standard resolution. */
    StandardResolutionView changeStandard(String category, @NotNull @Valid StandardResolutionView change);
}
