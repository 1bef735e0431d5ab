package org.innkeeper.web.desk.request;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongFunction;
import org.innkeeper.application.GuestRequestService;
import org.innkeeper.application.dto.GuestLinkView;
import org.innkeeper.application.dto.GuestRequestForm;
import org.innkeeper.application.dto.GuestRequestView;
import org.innkeeper.application.dto.RequestBoardView;
import org.innkeeper.application.dto.RequestCategoryView;
import org.innkeeper.application.dto.StaffNoticeView;
import org.innkeeper.domain.request.RequestSource;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * A department's live board of guest requests (refreshed by a poll): overdue first with their clocks,
 * one click to acknowledge, start or resolve, a note to report back; the clerk's escalation notices,
 * a new request, and a guest-page link for a stay.
 */
@Named
@ViewScoped
public class RequestBoardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> DEPARTMENTS = List.of("", "FRONT_OFFICE", "HOUSEKEEPING", "MAINTENANCE",
            "CONCIERGE", "FOOD_AND_BEVERAGE");

    @EJB
    private GuestRequestService requests;
    @Inject
    private FacesMessages messages;

    private String department = "";
    private RequestBoardView board;
    private List<StaffNoticeView> notices;
    private List<RequestCategoryView> categories;
    private String note;
    private String confirmationNumber;
    private String category;
    private String description;
    private GuestLinkView link;

    @PostConstruct
    void init() {
        categories = requests.categories();
        refresh();
    }

    public void refresh() {
        board = requests.board(department);
        notices = requests.notices();
    }

    public void acknowledge(long id) {
        act(requests::acknowledge, id, "requests.acknowledged");
    }

    public void start(long id) {
        act(requests::start, id, "requests.started");
    }

    public void resolve(long id) {
        String text = note;
        act(i -> requests.resolve(i, text), id, "requests.resolved");
    }

    public void report(long id) {
        String text = note;
        act(i -> requests.report(i, text), id, "requests.reported");
    }

    private void act(LongFunction<GuestRequestView> change, long id, String done) {
        try {
            change.apply(id);
            note = null;
            messages.info(done, id);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        refresh();
    }

    public void log() {
        try {
            GuestRequestView logged = requests.log(new GuestRequestForm(confirmationNumber, category, description, null),
                    RequestSource.DESK);
            messages.info("requests.loggedOk", logged.id(), logged.confirmationNumber());
            confirmationNumber = null;
            description = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        refresh();
    }

    public void issueLink() {
        try {
            link = requests.issueGuestLink(confirmationNumber);
        } catch (DomainException refusal) {
            link = null;
            messages.error(refusal);
        }
    }

    public void read(long id) {
        requests.markNoticeRead(id);
        refresh();
    }

    public RequestBoardView getBoard() {
        return board;
    }

    public List<StaffNoticeView> getNotices() {
        return notices;
    }

    public long getUnread() {
        return notices.stream().filter(n -> !n.read()).count();
    }

    public List<RequestCategoryView> getCategories() {
        return categories;
    }

    public List<String> getDepartments() {
        return DEPARTMENTS;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null ? "" : department;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getConfirmationNumber() {
        return confirmationNumber;
    }

    public void setConfirmationNumber(String confirmationNumber) {
        this.confirmationNumber = confirmationNumber;
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

    public GuestLinkView getLink() {
        return link;
    }
}
