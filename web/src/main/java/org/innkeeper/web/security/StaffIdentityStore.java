package org.innkeeper.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.innkeeper.application.AccessService;

/**
 * Staff accounts live in the application; the roles come back as the caller's groups. The login
 * throttle counts by account and by the request's address (a throttled login is refused unchecked;
 * {@link LoginBean} says how long to wait).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private AccessService access;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return access.authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
                .accepted()
                .map(staff -> new CredentialValidationResult(staff.username(), staff.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
