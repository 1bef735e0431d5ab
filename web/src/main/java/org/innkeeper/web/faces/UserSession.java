package org.innkeeper.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.dto.StaffPrincipal;

/** Who works at the desk in this session, and in which language (kept in the staff record). */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> LANGUAGES = Set.of("en", "ru");

    @EJB
    private AccessService access;

    private String loadedFor;
    private String displayName;
    private Locale locale;
    /** Picked on the login page: wins over the language stored for the user, and is stored. */
    private boolean chosenBeforeLogin;

    /** The staff record is read once the caller is known (after login the session is the same). */
    private void refresh() {
        String user = external().getRemoteUser();
        if (user != null && !user.equals(loadedFor)) {
            loadedFor = user;
            displayName = user;
            access.staff(user).ifPresent(this::take);
            if (chosenBeforeLogin) {
                chosenBeforeLogin = false;
                access.changeLocale(user, locale.getLanguage());
            }
        }
    }

    private void take(StaffPrincipal staff) {
        displayName = staff.displayName() == null ? staff.username() : staff.displayName();
        if (!chosenBeforeLogin && staff.locale() != null && LANGUAGES.contains(staff.locale())) {
            locale = Locale.forLanguageTag(staff.locale());
        }
    }

    public Locale getLocale() {
        refresh();
        if (locale == null) {
            Locale asked = external().getRequestLocale();
            locale = asked != null && LANGUAGES.contains(asked.getLanguage()) ? Locale.forLanguageTag(asked.getLanguage()) : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language, remembers it for the next login and shows the same page again. */
    public String changeLanguage(String language) {
        if (LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
            String user = external().getRemoteUser();
            if (user != null) {
                access.changeLocale(user, language);
            } else {
                chosenBeforeLogin = true;
            }
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public String getDisplayName() {
        refresh();
        return displayName;
    }

    public String getUsername() {
        return external().getRemoteUser();
    }

    public boolean isManager() {
        return external().isUserInRole(AccessService.ROLE_MANAGER);
    }

    /** Managers and night auditors close the business day. */
    public boolean isAuditor() {
        return isManager() || external().isUserInRole(AccessService.ROLE_NIGHT_AUDITOR);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
