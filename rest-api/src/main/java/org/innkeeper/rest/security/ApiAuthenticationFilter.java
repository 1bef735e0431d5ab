package org.innkeeper.rest.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import jakarta.servlet.http.HttpServletRequest;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.dto.LoginOutcome;
import org.innkeeper.rest.StaffResource;
import org.innkeeper.rest.problem.Problem;

/**
 * Every call needs credentials (but a method marked {@code @PermitAll}, reached by a guest's private link): {@code Authorization: Bearer <api key>} for a channel, or
 * {@code Authorization: Basic} with a staff user name and password. Otherwise 401; the roles are then
 * checked by {@code @RolesAllowed} on the resources (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    static final String BEARER = "Bearer";
    static final String BASIC = "Basic";

    @EJB
    AccessService access;

    @jakarta.inject.Inject
    org.innkeeper.application.Actor actor;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    /** Where the call comes from, for the login throttle (behind a proxy: see README, "Staff accounts and logins"). */
    @jakarta.ws.rs.core.Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (org.innkeeper.rest.GuestPageResource.isGuestPage(request.getUriInfo().getPath())) {
            actor.actAs("guest-page");
            return; // the token in the path is the credential; the service checks it
        }
        if (isPublic()) {
            return; // a guest's own link (the survey): its long random token is the credential
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        LoginOutcome<ApiCaller> caller = authorization == null ? LoginOutcome.refused() : authenticate(authorization.trim());
        if (caller.throttled()) {
            request.abortWith(Problem.of("too-many-failed-logins", 429)
                    .detail("Too many wrong credentials for this account or from this address; try again in "
                            + caller.retryAfterSeconds() + " s.")
                    .toResponseBuilder()
                    .header(HttpHeaders.RETRY_AFTER, caller.retryAfterSeconds())
                    .build());
            return;
        }
        if (caller.accepted().isEmpty()) {
            request.abortWith(Problem.of("unauthorized", 401)
                    .detail(authorization == null
                            ? "Send an API key (Authorization: Bearer ...) or staff credentials (Basic)."
                            : "The credentials were not accepted.")
                    .toResponseBuilder()
                    .header(HttpHeaders.WWW_AUTHENTICATE, BEARER + " realm=\"innkeeper\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, BASIC + " realm=\"innkeeper\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        ApiCaller who = caller.caller();
        if (who.mustChangePassword() && !StaffResource.OWN_PASSWORD.equals(stripSlashes(request.getUriInfo().getPath()))) {
            request.abortWith(Problem.of("password-change-required", 403)
                    .detail("The password is a temporary one: change it first (POST /api/v1/" + StaffResource.OWN_PASSWORD + ").")
                    .toResponseBuilder().build());
            return;
        }
        actor.actAs(who.channelCode() != null ? "channel:" + who.channelCode() : who.getName(), who.roles());
        request.setSecurityContext(new CallerContext(who, request.getSecurityContext().isSecure(),
                authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? BEARER : SecurityContext.BASIC_AUTH));
    }

    private static String stripSlashes(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private boolean isPublic() {
        return resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(jakarta.annotation.security.PermitAll.class);
    }

    /** The caller the credentials name; wrong ones count towards the login throttle, and a throttled caller is not checked. */
    private LoginOutcome<ApiCaller> authenticate(String authorization) {
        if (hasScheme(authorization, BEARER)) {
            String apiKey = authorization.substring(BEARER.length()).trim();
            return apiKey.isEmpty() ? LoginOutcome.refused()
                    : map(access.channelForApiKey(apiKey, servletRequest.getRemoteAddr()),
                            channel -> ApiCaller.channel(channel.code(), channel.requestsPerSecond()));
        }
        if (hasScheme(authorization, BASIC)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return LoginOutcome.refused();
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return LoginOutcome.refused();
            }
            return map(access.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), servletRequest.getRemoteAddr()),
                    staff -> ApiCaller.staff(staff.username(), staff.roles(), staff.mustChangePassword()));
        }
        return LoginOutcome.refused();
    }

    private static <T> LoginOutcome<ApiCaller> map(LoginOutcome<T> outcome, Function<T, ApiCaller> caller) {
        return outcome.caller() == null ? new LoginOutcome<>(null, outcome.retryAfterSeconds())
                : LoginOutcome.accepted(caller.apply(outcome.caller()));
    }

    private static boolean hasScheme(String authorization, String scheme) {
        return authorization.length() > scheme.length()
                && authorization.regionMatches(true, 0, scheme, 0, scheme.length())
                && authorization.charAt(scheme.length()) == ' ';
    }

    /** The JAX-RS view of the caller, read by @RolesAllowed and by the resources. */
    private record CallerContext(ApiCaller caller, boolean secure, String scheme) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
