package org.innkeeper.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.StaffService;
import org.innkeeper.application.dto.PasswordChange;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Every member of staff changes their own password here; with a temporary one, this is the only page that opens. */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private StaffService staff;
    @EJB
    private AccessService access;
    @Inject
    private FacesMessages messages;
    @Inject
    private FacesContext facesContext;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    /** Whether the member of staff holds a temporary password (the page says why they are here). */
    public boolean isTemporary() {
        String user = facesContext.getExternalContext().getRemoteUser();
        return user != null && access.staff(user).map(s -> s.mustChangePassword()).orElse(false);
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeated)) {
            messages.error("password.mismatch");
            facesContext.validationFailed();
            return;
        }
        try {
            staff.changeOwnPassword(new PasswordChange(currentPassword, newPassword));
        } catch (DomainException refusal) {
            messages.error(refusal);
            return;
        }
        ExternalContext external = facesContext.getExternalContext();
        external.getFlash().setKeepMessages(true);
        messages.info("password.changed");
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
