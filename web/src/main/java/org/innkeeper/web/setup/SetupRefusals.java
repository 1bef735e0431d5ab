package org.innkeeper.web.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * A refusal on a setup page, in the manager's language. The setup forms share field names with the
 * desk ("amount", "code") but mean other rules, so {@code setup.error.<kind>.<field>} is looked up
 * first; otherwise the desk's translation of the refusal is shown.
 */
@ApplicationScoped
public class SetupRefusals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FacesMessages messages;

    public void show(DomainException refusal) {
        String key = "setup.error." + refusal.kind() + "." + refusal.field();
        if (refusal.field() != null && messages.has(key)) {
            messages.error(key);
            FacesContext.getCurrentInstance().validationFailed();
        } else {
            messages.error(refusal);
        }
    }
}
