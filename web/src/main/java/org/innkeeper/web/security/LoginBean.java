package org.innkeeper.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.innkeeper.application.AccessService;
import org.innkeeper.web.faces.FacesMessages;

/** The login form and the logout button. */
@Named
@RequestScoped
public class LoginBean {

    private static final String HOUSEKEEPING_HOME = "/housekeeping/index.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private FacesMessages messages;

    @EJB
    private AccessService access;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Against session fixation: whoever knew the session id before the login must not share the
        // logged-in session. Changed before authenticating, since a successful login may already have
        // sent its redirect (and could no longer send the new cookie).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        long wait = access.loginRetryAfterSeconds(username, request.getRemoteAddr());
        if (wait > 0) {
            messages.error("login.throttled", wait);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete(); // the mechanism redirects to the page asked for
            case SUCCESS -> external.redirect(external.getRequestContextPath() + (housekeepingOnly() ? HOUSEKEEPING_HOME : "/index.xhtml"));
            default -> {
                // The failure that just counted may be the one that starts a wait: say so at once.
                long now = access.loginRetryAfterSeconds(username, request.getRemoteAddr());
                if (now > 0) {
                    messages.error("login.throttled", now);
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    /**
     * The start page for a member of housekeeping who has no desk role: their phone page (the desk's
     * pages are closed to them). Null keeps everyone else on the page asked for.
     */
    public String home() {
        return housekeepingOnly() ? HOUSEKEEPING_HOME + "?faces-redirect=true" : null;
    }

    private boolean housekeepingOnly() {
        ExternalContext external = facesContext.getExternalContext();
        return external.isUserInRole(AccessService.ROLE_HOUSEKEEPING) && !external.isUserInRole(AccessService.ROLE_FRONT_DESK)
                && !external.isUserInRole(AccessService.ROLE_MANAGER);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
