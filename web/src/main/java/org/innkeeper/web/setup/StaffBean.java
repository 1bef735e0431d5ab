package org.innkeeper.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.StaffService;
import org.innkeeper.application.dto.PasswordReset;
import org.innkeeper.application.dto.StaffChange;
import org.innkeeper.application.dto.StaffMemberForm;
import org.innkeeper.application.dto.StaffMemberView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Staff accounts for managers: open one with roles, change roles, deactivate and reactivate, give a temporary password. */
@Named
@ViewScoped
public class StaffBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of(AccessService.ROLE_FRONT_DESK, AccessService.ROLE_MANAGER,
            AccessService.ROLE_HOUSEKEEPING, AccessService.ROLE_NIGHT_AUDITOR);

    @EJB
    private StaffService staff;
    @Inject
    private FacesMessages messages;

    private List<StaffMemberView> members;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>(List.of(AccessService.ROLE_FRONT_DESK));
    private String password;
    /** The account being edited (roles, temporary password), or null. */
    private String editing;
    private List<String> editRoles = new ArrayList<>();
    private String temporaryPassword;

    @PostConstruct
    void init() {
        members = staff.staff();
    }

    public void open() {
        try {
            StaffMemberView opened = staff.open(new StaffMemberForm(username, displayName, new LinkedHashSet<>(roles), password));
            messages.info("staff.opened", opened.username());
            members = staff.staff();
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>(List.of(AccessService.ROLE_FRONT_DESK));
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void edit(StaffMemberView member) {
        editing = member.username();
        editRoles = new ArrayList<>(member.roles());
        temporaryPassword = null;
    }

    public void saveRoles() {
        change(new StaffChange(null, new LinkedHashSet<>(editRoles), null), "staff.rolesChanged");
    }

    public void deactivate(StaffMemberView member) {
        editing = member.username();
        change(new StaffChange(null, null, false), "staff.deactivated");
    }

    public void reactivate(StaffMemberView member) {
        editing = member.username();
        change(new StaffChange(null, null, true), "staff.reactivated");
    }

    private void change(StaffChange change, String done) {
        try {
            staff.change(editing, change);
            messages.info(done, editing);
            members = staff.staff();
            editing = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void resetPassword() {
        try {
            staff.resetPassword(editing, new PasswordReset(temporaryPassword));
            messages.info("staff.passwordReset", editing);
            members = staff.staff();
            editing = null;
            temporaryPassword = null;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public void cancel() {
        editing = null;
    }

    public List<StaffMemberView> getMembers() {
        return members;
    }

    public List<String> getAllRoles() {
        return ROLES;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
