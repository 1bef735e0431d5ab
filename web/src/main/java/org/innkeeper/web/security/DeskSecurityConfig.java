package org.innkeeper.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.innkeeper.application.AccessService;

/**
 * Form login of the front desk: the JSF login page hands the credentials to
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}, {@link StaffIdentityStore} checks them.
 */
@ApplicationScoped
@DeclareRoles({AccessService.ROLE_FRONT_DESK, AccessService.ROLE_MANAGER, AccessService.ROLE_HOUSEKEEPING})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class DeskSecurityConfig {
}
