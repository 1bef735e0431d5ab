package org.innkeeper.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.innkeeper.application.AccessService;

/** Staff accounts live in the application; the roles come back as the caller's groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private AccessService access;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return access.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(staff -> new CredentialValidationResult(staff.username(), staff.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
