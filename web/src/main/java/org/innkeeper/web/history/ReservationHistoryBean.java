package org.innkeeper.web.history;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.innkeeper.application.AuditTrailService;
import org.innkeeper.application.dto.ChangeView;

/** A reservation's history on its page: read once per request, so an update of the page shows the latest change. */
@Named
@RequestScoped
public class ReservationHistoryBean {

    @EJB
    private AuditTrailService trail;

    private List<ChangeView> changes;

    /** Newest first, as people read a history. */
    public List<ChangeView> of(String confirmationNumber) {
        if (changes == null) {
            changes = new java.util.ArrayList<>(confirmationNumber == null || confirmationNumber.isBlank() ? List.of()
                    : trail.reservationHistory(confirmationNumber));
            java.util.Collections.reverse(changes);
        }
        return changes;
    }
}
