package org.innkeeper.web.desk.stay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * A refusal on a stay page, in the clerk's language, with the service's own explanation kept: an
 * extension refused says which rooms or types are free instead, a block refused says which nights
 * are sold. The desk's keys of a refusal ({@link FacesMessages#keys}) under {@code stay.error.} take the
 * explanation as {0}; otherwise the desk's general translation of the refusal is shown.
 */
@ApplicationScoped
public class StayRefusals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FacesMessages messages;

    public void show(DomainException refusal) {
        String key = FacesMessages.keys("stay.error.", refusal).stream().filter(messages::has).findFirst().orElse(null);
        if (key == null) {
            messages.error(refusal);
            return;
        }
        messages.error(key, String.valueOf(refusal.getMessage()));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
