package org.innkeeper.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.innkeeper.application.ComplaintService;
import org.innkeeper.application.dto.ComplaintRequest;
import org.innkeeper.application.dto.ComplaintView;
import org.innkeeper.application.dto.CompensationRequest;
import org.innkeeper.application.dto.FollowUpRequest;
import org.innkeeper.application.dto.ResolutionRequest;
import org.innkeeper.domain.complaint.ComplaintCategory;
import org.innkeeper.domain.complaint.ComplaintSource;
import org.innkeeper.domain.complaint.Severity;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;
import org.innkeeper.web.faces.UserSession;

/**
 * Complaints at the desk: register one from any source, see the open ones, the follow-ups due and (for
 * managers) the repeats; open one to follow its standard resolution, resolve it, compensate the guest on
 * the folio and record the follow-up.
 */
@Named
@ViewScoped
public class ComplaintsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintService complaints;
    @Inject
    private FacesMessages messages;
    @Inject
    private UserSession session;

    // a new complaint
    private String confirmationNumber;
    private String roomNumber;
    private String guestName;
    private String category = ComplaintCategory.ROOM.name();
    private String severity = Severity.MEDIUM.name();
    private String source = ComplaintSource.DESK.name();
    private String guestWords;

    // the one open on the page
    private String reference;
    private ComplaintView selected;
    private String actionTaken;
    private Boolean guestAccepted = Boolean.TRUE;
    private boolean mistakeAdmitted;
    private String compensationKind = CompensationRequest.DISCOUNT;
    private String article = "ROOM";
    private BigDecimal amount;
    private Long postingId;
    private String compensationReason;
    private String followUpNote;

    private List<ComplaintView> open;
    private List<ComplaintView> followUps;
    private List<ComplaintView> repeats;

    @PostConstruct
    void init() {
        refresh();
    }

    /** The view parameter {@code ref} opens a complaint; {@code cn} fills in the stay of a new one. */
    public void load() {
        if (reference != null && !reference.isBlank()) {
            select(reference);
        }
    }

    private void refresh() {
        open = complaints.complaints("OPEN", 100);
        followUps = complaints.followUpsDue();
        repeats = session.isManager() ? complaints.repeats() : List.of();
    }

    public void select(String ref) {
        try {
            selected = complaints.complaint(ref);
            reference = selected.reference();
        } catch (DomainException refusal) {
            selected = null;
            messages.error(refusal);
        }
    }

    public void register() {
        try {
            selected = complaints.register(new ComplaintRequest(blankToNull(confirmationNumber), blankToNull(roomNumber),
                    blankToNull(guestName), category, severity, source, guestWords));
            reference = selected.reference();
            messages.info("complaint.registered", selected.reference());
            guestWords = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void resolve() {
        act(() -> complaints.resolve(reference, new ResolutionRequest(actionTaken, guestAccepted, mistakeAdmitted)),
                "complaint.resolved");
    }

    public void compensate() {
        act(() -> complaints.compensate(reference, new CompensationRequest(compensationKind, article, amount, postingId,
                compensationReason)), "complaint.compensated");
    }

    public void followUp() {
        act(() -> complaints.followUp(reference, new FollowUpRequest(followUpNote)), "complaint.followedUp");
    }

    private void act(java.util.function.Supplier<ComplaintView> change, String done) {
        try {
            selected = change.get();
            messages.info(done, selected.reference());
            refresh();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<String> getCategories() {
        return java.util.Arrays.stream(ComplaintCategory.values()).map(Enum::name).toList();
    }

    public List<String> getSeverities() {
        return java.util.Arrays.stream(Severity.values()).map(Enum::name).toList();
    }

    /** The sources the desk registers (a survey's complaints open by themselves). */
    public List<String> getSources() {
        return java.util.Arrays.stream(ComplaintSource.values()).filter(s -> s != ComplaintSource.SURVEY)
                .map(Enum::name).toList();
    }

    public List<ComplaintView> getOpen() {
        return open;
    }

    public List<ComplaintView> getFollowUps() {
        return followUps;
    }

    public List<ComplaintView> getRepeats() {
        return repeats;
    }

    public ComplaintView getSelected() {
        return selected;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getConfirmationNumber() {
        return confirmationNumber;
    }

    public void setConfirmationNumber(String confirmationNumber) {
        this.confirmationNumber = confirmationNumber;
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getGuestWords() {
        return guestWords;
    }

    public void setGuestWords(String guestWords) {
        this.guestWords = guestWords;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public Boolean getGuestAccepted() {
        return guestAccepted;
    }

    public void setGuestAccepted(Boolean guestAccepted) {
        this.guestAccepted = guestAccepted;
    }

    public boolean isMistakeAdmitted() {
        return mistakeAdmitted;
    }

    public void setMistakeAdmitted(boolean mistakeAdmitted) {
        this.mistakeAdmitted = mistakeAdmitted;
    }

    public String getCompensationKind() {
        return compensationKind;
    }

    public void setCompensationKind(String compensationKind) {
        this.compensationKind = compensationKind;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Long getPostingId() {
        return postingId;
    }

    public void setPostingId(Long postingId) {
        this.postingId = postingId;
    }

    public String getCompensationReason() {
        return compensationReason;
    }

    public void setCompensationReason(String compensationReason) {
        this.compensationReason = compensationReason;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }
}
