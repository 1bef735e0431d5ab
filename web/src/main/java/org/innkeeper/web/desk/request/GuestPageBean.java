package org.innkeeper.web.desk.request;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.innkeeper.application.GuestRequestService;
import org.innkeeper.application.dto.GuestPageRequest;
import org.innkeeper.application.dto.GuestPageView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The guest's own page, opened by the private link's token (no login): their stay and their requests. */
@Named
@ViewScoped
public class GuestPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GuestRequestService requests;
    @Inject
    private FacesMessages messages;
    /** Nobody is logged in here: the page acts as the guest, never as the "system" an anonymous request would be. */
    @Inject
    private org.innkeeper.application.Actor actor;

    private String token;
    private GuestPageView page;
    private String category;
    private String description;
    private String complaintCategory = "ROOM";
    private String complaintWords;

    /** What a guest can complain about, in the order the page offers it. */
    public static final java.util.List<String> COMPLAINT_CATEGORIES = java.util.List.of("ROOM", "CLEANLINESS", "NOISE",
            "FOOD_AND_BEVERAGE", "STAFF", "BILLING", "MAINTENANCE", "OTHER");

    /** Called by the view's viewAction: a token that opens nothing shows "link not valid", nothing else. */
    public void load() {
        actor.actAs("guest-page");
        try {
            page = requests.guestPage(token);
        } catch (DomainException refusal) {
            page = null;
        }
    }

    public void ask() {
        actor.actAs("guest-page");
        try {
            requests.logByGuest(token, new GuestPageRequest(category, description));
            messages.info("guestPage.sent");
            description = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        load();
    }

    public void complain() {
        actor.actAs("guest-page");
        try {
            requests.complainByGuest(token, new org.innkeeper.application.dto.GuestPageComplaint(complaintCategory,
                    complaintWords));
            messages.info("guestPage.complaintSent");
            complaintWords = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        load();
    }

    public java.util.List<String> getComplaintCategories() {
        return COMPLAINT_CATEGORIES;
    }

    public String getComplaintCategory() {
        return complaintCategory;
    }

    public void setComplaintCategory(String complaintCategory) {
        this.complaintCategory = complaintCategory;
    }

    public String getComplaintWords() {
        return complaintWords;
    }

    public void setComplaintWords(String complaintWords) {
        this.complaintWords = complaintWords;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public GuestPageView getPage() {
        return page;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
