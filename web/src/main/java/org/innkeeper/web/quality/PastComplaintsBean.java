package org.innkeeper.web.quality;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.innkeeper.application.ComplaintService;
import org.innkeeper.application.dto.ComplaintView;

/** A guest's past complaints, where the clerk meets the guest: the profile and the check-in. */
@Named
@RequestScoped
public class PastComplaintsBean {

    @EJB
    private ComplaintService complaints;

    private List<ComplaintView> ofGuest;
    private List<ComplaintView> ofStay;

    public List<ComplaintView> ofGuest(Long guestId) {
        if (ofGuest == null) {
            ofGuest = guestId == null ? List.of() : complaints.ofGuest(guestId);
        }
        return ofGuest;
    }

    public List<ComplaintView> ofStay(String confirmationNumber) {
        if (ofStay == null) {
            ofStay = confirmationNumber == null || confirmationNumber.isBlank() ? List.of()
                    : complaints.forStay(confirmationNumber);
        }
        return ofStay;
    }
}
